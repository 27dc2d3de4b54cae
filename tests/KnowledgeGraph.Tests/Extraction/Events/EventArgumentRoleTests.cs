using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Argument rules added after reading a Reuters sample: ages, demonyms, acting capitals, appositions, hosted tours.</summary>
public class EventArgumentRoleTests
{
    [Fact]
    public void Names_with_ages_coordinate_and_a_demonym_in_the_same_sentence_is_no_participant()
    {
        var a = EventTestSupport.Analyse(
            "After the tour, President Anna Berg, 61, and Prime Minister Tomas Lind, 58, held talks for two hours, followed by a lunch of Portuguese pastries.");
        var meeting = Assert.Single(a.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(["Anna Berg", "Tomas Lind"], EventTestSupport.ParticipantNames(a, meeting));
        Assert.DoesNotContain(a.Events, e => EventTestSupport.ParticipantNames(a, e).Contains("Portugal"));
    }

    [Theory]
    [InlineData("President Anna Berg plans to visit a shipyard in the Portuguese city of Porto.", "Porto")]
    [InlineData("Chancellor Eva Roth toured a factory in the German town of Bonn on Monday.", "Bonn")]
    public void A_demonym_is_not_the_place_the_city_it_modifies_is(string sentence, string place)
    {
        var a = EventTestSupport.Analyse(sentence);
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal(place, EventTestSupport.NameOf(a, visit.PlaceId));
    }

    [Theory]
    [InlineData("American soybean farmers bitterly opposed the tax on Monday.", "United States")]
    [InlineData("The ministry said Japanese car makers signed a supply agreement.", "Japan")]
    [InlineData("U.S. cattle ranchers bitterly opposed the scheme.", "United States")]
    [InlineData("Earlier, Japan steel makers agreed to cut exports.", "Japan")]
    public void A_demonym_modifying_a_noun_is_not_the_actor(string sentence, string country)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.All(a.Events, e => Assert.DoesNotContain(country, EventTestSupport.ParticipantNames(a, e)));
    }

    [Theory]
    [InlineData("The navy reported an Iranian attack on a tanker in the Gulf.", EventType.Attack, "Iran")]
    [InlineData("Officials feared a Turkish invasion of the border area.", EventType.Attack, "Turkey")]
    public void A_demonym_modifying_an_event_noun_is_its_agent(string sentence, EventType type, string country)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events, x => x.Type == type);
        var agent = Assert.Single(e.Participants, p => p.Role == ParticipantRole.Agent);
        Assert.Equal(country, EventTestSupport.NameOf(a, agent.EntityId));
    }

    [Fact]
    public void A_plural_demonym_is_the_people_and_takes_part()
    {
        var a = EventTestSupport.Analyse("Germans will vote in a referendum next month.", "2024-05-15", ("next month", "2024-06"));
        var e = Assert.Single(a.Events, x => x.Type == EventType.Election);
        Assert.Contains("Germany", EventTestSupport.ParticipantNames(a, e));
    }

    [Theory]
    [InlineData("Japan and South Korea have argued over fishing for years. On Monday Tokyo and Seoul signed a fisheries agreement.", EventType.Agreement, "Japan|South Korea")]
    [InlineData("Iran has installed new missiles, and the United States is worried. Washington warned Tehran not to use them.", EventType.Warning, "Iran|United States")]
    [InlineData("Tokyo denied the report on Monday.", EventType.Deny, "Tokyo")]
    public void An_acting_capital_stands_for_its_country_when_the_article_names_the_country(string text, EventType type, string expected)
    {
        var a = EventTestSupport.Analyse(text);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(expected.Split('|'), EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void A_capital_that_is_the_place_stays_the_place()
    {
        var a = EventTestSupport.Analyse("Japan's trade minister flew home after Chancellor Eva Roth visited Tokyo on Monday.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Visit);
        Assert.Equal("Tokyo", EventTestSupport.NameOf(a, e.PlaceId));
    }

    [Theory]
    [InlineData("Iran launched two rockets from a site near the capital, Tehran, into the sea.", EventType.Launch, "Tehran")]
    [InlineData("The Northern Liberation Council attacked a convoy in the port city, Porto, on Sunday.", EventType.Attack, "Porto")]
    public void A_place_name_in_apposition_to_a_place_noun_is_the_place(string sentence, EventType type, string place)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(place, EventTestSupport.NameOf(a, e.PlaceId));
    }

    [Theory]
    [InlineData("Prime Minister Tomas Lind asked about the cranes as President Anna Berg showed him around the port of Porto.")]
    [InlineData("President Anna Berg showed Prime Minister Tomas Lind around a shipyard in Porto on Monday.")]
    public void In_a_hosted_tour_the_guest_is_the_visitor_and_the_host_the_patient(string sentence)
    {
        var a = EventTestSupport.Analyse(sentence);
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        var roles = visit.Participants.ToDictionary(p => EventTestSupport.NameOf(a, p.EntityId), p => p.Role);
        Assert.Equal(ParticipantRole.Agent, roles["Tomas Lind"]);
        Assert.Equal(ParticipantRole.Patient, roles["Anna Berg"]);
        Assert.Equal("Porto", EventTestSupport.NameOf(a, visit.PlaceId));
    }

    [Fact]
    public void An_election_noun_dates_itself_in_its_relative_clause_over_a_date_elsewhere_in_the_sentence()
    {
        var a = EventTestSupport.Analyse(
            "Before Easter, the Green Party looked likely to win a general election that must be held by October.",
            "2024-05-15", ("October", "2024-10"));
        var e = Assert.Single(a.Events, x => x.Type == EventType.Election);
        Assert.Equal("2024-10", e.Time?.Value);
    }

    [Fact]
    public void An_election_with_no_place_of_its_own_is_in_the_country_the_article_is_about()
    {
        var a = EventTestSupport.Analyse(
            "Portugal faces a difficult year. The Green Party looked likely to win the election. Portugal's economy slowed in May.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Election);
        Assert.Equal("Portugal", EventTestSupport.NameOf(a, e.PlaceId));
    }

    [Fact]
    public void No_article_country_is_guessed_when_two_countries_tie()
    {
        var a = EventTestSupport.Analyse("Portugal and Spain signed a water pact. The Green Party looked likely to win the election.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Election);
        Assert.Null(e.PlaceId);
    }
}
