using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>
/// Two ways a sentence's words used to make false events: an event noun after "a month after" took the
/// sentence's own date, and "visit Porto to meet exporters" made Porto the one who meets.
/// </summary>
public class OffsetAndPurposeTests
{
    [Theory]
    [InlineData("Trade Minister Ines Moura visited Porto on Wednesday, a month after her talks in Lisbon with Prime Minister Tomas Lind.", "2024-04")]
    [InlineData("Trade Minister Ines Moura visited Porto on Wednesday, three days after her talks in Lisbon with Prime Minister Tomas Lind.", "2024-05-12")]
    [InlineData("Trade Minister Ines Moura visited Porto on Wednesday, two years after her talks in Lisbon with Prime Minister Tomas Lind.", "2022")]
    [InlineData("Trade Minister Ines Moura visited Porto on Wednesday, after her talks in Lisbon with Prime Minister Tomas Lind.", "2024-05-15")]
    [InlineData("Trade Minister Ines Moura visited Porto on Wednesday, two months since her talks in Lisbon with Prime Minister Tomas Lind.", "2024-05-15")]
    public void A_meeting_after_a_measured_preposition_is_moved_from_the_sentence_date_and_an_unmeasured_one_keeps_it(string text, string? value)
    {
        var a = EventTestSupport.Analyse(text, "2024-05-15", ("on Wednesday", "2024-05-15"));

        var meeting = Assert.Single(a.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(["Ines Moura", "Tomas Lind"], EventTestSupport.ParticipantNames(a, meeting));
        Assert.Equal(value, meeting.Time?.Value);
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal("2024-05-15", visit.Time?.Value);
    }

    [Fact]
    public void A_measured_time_keeps_only_the_precision_both_parts_allow()
    {
        var a = EventTestSupport.Analyse("Trade Minister Ines Moura visited Porto in March, two days before her talks in Lisbon with Prime Minister Tomas Lind.", "2024-05-15", ("in March", "2024-03"));

        var meeting = Assert.Single(a.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("2024-03", meeting.Time?.Value);
        Assert.Equal(TimePrecision.Month, meeting.Time?.Precision);
    }

    [Fact]
    public void An_infinitive_purpose_of_a_visit_with_nobody_new_is_the_visits_evidence_not_a_meeting_of_the_place()
    {
        var a = EventTestSupport.Analyse("Trade Minister Ines Moura will visit Porto next month to meet wine exporters, her ministry said.", "2024-05-15");

        var visit = Assert.Single(a.Events);
        Assert.Equal(EventType.Visit, visit.Type);
        Assert.Equal(["Ines Moura"], EventTestSupport.ParticipantNames(a, visit));
        Assert.Equal("Porto", EventTestSupport.NameOf(a, visit.PlaceId));
        Assert.Contains(visit.MoreEvidence, e => e.Rule.StartsWith("purpose-of:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_infinitive_purpose_naming_someone_never_makes_the_place_a_participant()
    {
        var a = EventTestSupport.Analyse("Trade Minister Ines Moura will visit Porto next month to meet Mayor Rui Costa, her ministry said.", "2024-05-15");

        Assert.All(a.Events, e => Assert.DoesNotContain("Porto", EventTestSupport.ParticipantNames(a, e)));
        Assert.Contains(a.Events, e => EventTestSupport.ParticipantNames(a, e).Contains("Ines Moura") && EventTestSupport.ParticipantNames(a, e).Contains("Rui Costa"));
    }
}

/// <summary>After a verb of asking, the one asked does the infinitive; the asker never does.</summary>
public class ObjectControlTests
{
    [Theory]
    [InlineData("Prime Minister Tomas Lind urged Trade Minister Ines Moura to visit Porto.")]
    [InlineData("Prime Minister Tomas Lind invited Trade Minister Ines Moura to visit Porto.")]
    [InlineData("Prime Minister Tomas Lind asked Trade Minister Ines Moura to visit Porto.")]
    [InlineData("Prime Minister Tomas Lind urged Ines Moura to visit Porto.")]
    [InlineData("Prime Minister Tomas Lind invited Ines Moura to visit Porto.")]
    public void The_asker_is_never_the_visitor_and_the_visit_has_not_happened(string text)
    {
        var a = EventTestSupport.Analyse(text, "2024-05-15");

        Assert.All(a.Events.Where(e => e.Type == EventType.Visit), v =>
        {
            Assert.DoesNotContain("Tomas Lind", EventTestSupport.ParticipantNames(a, v));
            Assert.NotEqual(EventStatus.Occurred, v.Status);
        });
    }

    [Fact]
    public void A_wish_of_ones_own_keeps_its_subject()
    {
        var a = EventTestSupport.Analyse("Prime Minister Tomas Lind wants to visit Porto in June.", "2024-05-15");

        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal(["Tomas Lind"], EventTestSupport.ParticipantNames(a, visit));
    }
}

/// <summary>"plans to visit A and to inspect B in Faro": the second infinitive with a place of its own is a second visit.</summary>
public class CoordinatedVisitTests
{
    [Fact]
    public void A_second_infinitive_with_its_own_place_is_a_second_planned_visit_of_the_same_person()
    {
        var a = EventTestSupport.Analyse("Mayor Rui Costa said Trade Minister Ines Moura planned to visit shipyards in Porto and to inspect the fishing fleet in Faro.", "2024-05-15");

        var visits = a.Events.Where(e => e.Type == EventType.Visit).ToList();
        Assert.Equal(["Faro", "Porto"], visits.Select(v => EventTestSupport.NameOf(a, v.PlaceId)).Order(StringComparer.Ordinal));
        Assert.All(visits, v =>
        {
            Assert.Equal(["Ines Moura"], EventTestSupport.ParticipantNames(a, v));
            Assert.Equal(EventStatus.Planned, v.Status);
        });
    }

    [Theory]
    [InlineData("Trade Minister Ines Moura planned to visit shipyards in Porto and to inspect the fishing fleet there.")]
    [InlineData("Trade Minister Ines Moura planned to visit shipyards in Porto; officials want to meet in Faro.")]
    [InlineData("Trade Minister Ines Moura planned to visit shipyards in Porto and to inspect the fishing fleet in Porto.")]
    public void Without_a_new_place_of_its_own_there_is_no_second_visit(string text)
    {
        var a = EventTestSupport.Analyse(text, "2024-05-15");

        Assert.Single(a.Events, e => e.Type == EventType.Visit);
    }
}
