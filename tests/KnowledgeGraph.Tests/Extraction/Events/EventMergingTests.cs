using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class EventMergingTests
{
    [Fact]
    public void Two_mentions_of_one_meeting_become_one_event_with_two_evidence_spans()
    {
        var a = EventTestSupport.Analyse(
            "President Anna Berg met Prime Minister Tomas Lind in Lisbon on Monday. Later, President Anna Berg held talks with Prime Minister Tomas Lind over lunch.",
            "2024-05-15", ("on Monday", "2024-05-13"));
        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Meeting, e.Type);
        Assert.Single(e.MoreEvidence);
        Assert.NotEqual(e.Evidence.SentenceSpan, e.MoreEvidence[0].SentenceSpan);
    }

    [Fact]
    public void Two_meetings_of_the_same_people_on_different_days_stay_two_events()
    {
        var a = EventTestSupport.Analyse(
            "President Anna Berg met Prime Minister Tomas Lind in Lisbon on Monday. President Anna Berg met Prime Minister Tomas Lind again in Porto on Thursday.",
            "2024-05-17", ("on Monday", "2024-05-13"), ("on Thursday", "2024-05-16"));
        Assert.Equal(2, a.Events.Count(e => e.Type == EventType.Meeting));
        Assert.Equal(2, a.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_possessive_noun_that_joins_a_planned_visit_does_not_date_it_with_its_clause()
    {
        var a = EventTestSupport.Analyse(
            "Trade Minister Ines Moura planned to visit shipyards in Porto. Norland on Wednesday urged Portugal to end the talks and said Moura's visit showed how isolated the port had become.",
            "2024-05-15", ("on Wednesday", "2024-05-15"));
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal(EventStatus.Planned, visit.Status);
        Assert.Null(visit.Time);
    }

    [Fact]
    public void A_possessive_noun_with_a_date_after_it_still_dates_the_event_it_joins()
    {
        var a = EventTestSupport.Analyse(
            "Trade Minister Ines Moura planned to visit shipyards in Porto. Moura's visit is due on June 3, aides said.",
            "2024-05-15", ("on June 3", "2024-06-03"));
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal("2024-06-03", visit.Time?.Value);
    }

    [Theory]
    [InlineData("President Anna Berg met Prime Minister Tomas Lind in Lisbon. The summit lasted four hours.")]
    [InlineData("President Anna Berg met Prime Minister Tomas Lind in Lisbon. Reporters were kept away from the talks.")]
    public void A_later_definite_noun_joins_the_latest_event_of_its_type(string text)
    {
        var a = EventTestSupport.Analyse(text);
        var e = Assert.Single(a.Events);
        Assert.Single(e.MoreEvidence);
    }

    [Fact]
    public void A_noun_owned_by_an_unrecognised_name_does_not_join_someone_elses_event()
    {
        var a = EventTestSupport.Analyse("President Anna Berg will visit Porto next year. Officials said that visitor's visit to Lisbon went well.");
        var e = Assert.Single(a.Events);
        Assert.Empty(e.MoreEvidence);
        // The recogniser now knows Porto, the visit's own destination; what must not leak in is the other visit's Lisbon.
        Assert.Equal("Porto", EventTestSupport.NameOf(a, e.PlaceId));
    }

    [Fact]
    public void A_visit_and_a_planned_visit_of_the_same_person_are_different_events()
    {
        var a = EventTestSupport.Analyse("President Anna Berg visited Lisbon. President Anna Berg will visit Porto next year.", "2024-05-15", ("next year", "2025"));
        Assert.Equal(2, a.Events.Count(e => e.Type == EventType.Visit));
    }

    [Fact]
    public void The_same_event_in_two_articles_gets_one_id_and_merges_in_the_graph()
    {
        var one = EventTestSupport.Analyse("President Anna Berg met Prime Minister Tomas Lind in Lisbon on Monday.", "2024-05-15", ("on Monday", "2024-05-13"));
        var two = EventTestSupport.Analyse("Later in Lisbon, Prime Minister Tomas Lind and President Anna Berg held talks on Monday.", "2024-05-14", ("on Monday", "2024-05-13"));
        Assert.Equal(Assert.Single(one.Events).Id, Assert.Single(two.Events).Id);
        var graph = new GraphBuilder().Add(one.ToExtraction()).Add(two.ToExtraction() with { Document = two.Document with { Id = "d2" } }).Build();
        var merged = Assert.Single(graph.Events);
        Assert.Single(merged.MoreEvidence);
    }

    [Fact]
    public void Ids_are_stable_across_runs()
    {
        const string text = "President Anna Berg met Prime Minister Tomas Lind in Lisbon.";
        Assert.Equal(EventTestSupport.Analyse(text).Events.Select(e => e.Id), EventTestSupport.Analyse(text).Events.Select(e => e.Id));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void A_visit_to_a_country_and_one_to_a_site_merge_but_two_sites_do_not(bool firstIsCountry, int expected)
    {
        static EventMention Visit(string place, int at) => new(
            EventType.Visit, EventStatus.Occurred, [new FoundParticipant("ent_guest", ParticipantRole.Agent, "subject")], place, null, "visit", false,
            new Evidence("d1", new TextSpan(at, at + 5), new TextSpan(at, at + 20), "visit", "test"));

        var events = EventMerger.Merge([Visit("ent_a", 0), Visit("ent_b", 30)], id => firstIsCountry && id == "ent_a");
        Assert.Equal(expected, events.Count);
    }
}
