using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>
/// Status and identity: planned, announced and occurred mentions of one event are one event (the most advanced status
/// wins); a failed, denied or hypothetical mention is another event with an id of its own.
/// </summary>
public class EventStatusIdentityTests
{
    [Theory]
    [InlineData("Iran failed to launch a rocket from the coast. Iran launched two missiles from the coast.", EventType.Launch, EventStatus.Failed)]
    [InlineData("President Anna Berg denied visiting Lisbon. President Anna Berg visited Lisbon.", EventType.Visit, EventStatus.Denied)]
    [InlineData("President Anna Berg could meet Prime Minister Tomas Lind. President Anna Berg met Prime Minister Tomas Lind.", EventType.Meeting, EventStatus.Hypothetical)]
    public void A_failed_denied_or_hypothetical_mention_never_merges_with_the_occurred_one(string text, EventType type, EventStatus other)
    {
        var a = EventTestSupport.Analyse(text);
        var events = a.Events.Where(e => e.Type == type).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal([EventStatus.Occurred, other], events.Select(e => e.Status).Order());
        Assert.NotEqual(events[0].Id, events[1].Id);
    }

    [Fact]
    public void A_plan_and_its_realisation_with_the_same_date_are_one_event_that_occurred()
    {
        var a = EventTestSupport.Analyse(
            "President Anna Berg had planned to visit Porto on June 3. President Anna Berg visited Porto on June 3, aides said.",
            "2024-06-10", ("on June 3", "2024-06-03"));
        var e = Assert.Single(a.Events);
        Assert.Equal(EventStatus.Occurred, e.Status);
        Assert.Single(e.MoreEvidence);
    }

    [Fact]
    public void A_plan_without_a_date_stays_apart_from_a_past_event_and_is_not_dated_by_the_report()
    {
        var a = EventTestSupport.Analyse("President Anna Berg visited Porto. President Anna Berg will visit Porto again.");
        var visits = a.Events.Where(e => e.Type == EventType.Visit).ToList();
        Assert.Equal(2, visits.Count);
        var planned = Assert.Single(visits, e => e.Status == EventStatus.Planned);
        Assert.Null(planned.Time);
    }

    [Fact]
    public void A_plan_reported_in_one_article_and_the_event_reported_in_a_later_one_merge_into_the_occurred_event()
    {
        var before = EventTestSupport.Analyse("President Anna Berg will visit Porto on June 3.", "2024-05-15", ("on June 3", "2024-06-03"));
        var after = EventTestSupport.Analyse("President Anna Berg visited Porto on June 3.", "2024-06-05", ("on June 3", "2024-06-03"));
        Assert.Equal(EventStatus.Planned, Assert.Single(before.Events).Status);
        Assert.Equal(Assert.Single(before.Events).Id, Assert.Single(after.Events).Id);
        var graph = new GraphBuilder().Add(before.ToExtraction()).Add(after.ToExtraction() with { Document = after.Document with { Id = "d2" } }).Build();
        var merged = Assert.Single(graph.Events);
        Assert.Equal(EventStatus.Occurred, merged.Status);
    }

    [Fact]
    public void A_later_definite_noun_joins_the_failed_event_it_names()
    {
        var a = EventTestSupport.Analyse("Iran failed to launch a satellite from the coast. The launch was watched by foreign navies.");
        var e = Assert.Single(a.Events);
        Assert.Equal(EventStatus.Failed, e.Status);
        Assert.Single(e.MoreEvidence);
    }

    [Theory]
    [InlineData(EventStatus.Planned, true, EventStatus.Occurred, true, true)]
    [InlineData(EventStatus.Announced, true, EventStatus.Occurred, true, true)]
    [InlineData(EventStatus.Planned, false, EventStatus.Occurred, true, false)]
    [InlineData(EventStatus.Planned, true, EventStatus.Occurred, false, false)]
    [InlineData(EventStatus.Failed, true, EventStatus.Occurred, true, false)]
    [InlineData(EventStatus.Denied, true, EventStatus.Occurred, true, false)]
    [InlineData(EventStatus.Hypothetical, true, EventStatus.Planned, true, false)]
    [InlineData(EventStatus.Failed, false, EventStatus.Failed, false, true)]
    public void Statuses_agree_when_equal_or_factual_with_explicit_dates(EventStatus a, bool aDated, EventStatus b, bool bDated, bool expected)
    {
        static TimeValue Time(bool dated) => new()
        {
            DocumentId = "d1", Text = dated ? "on June 3" : "", Value = "2024-06-03", Type = TimexType.Date, Span = new TextSpan(0, dated ? 9 : 0),
            Start = new DateOnly(2024, 6, 3), End = new DateOnly(2024, 6, 4), Precision = TimePrecision.Day, IsReportDate = !dated,
        };

        Assert.Equal(expected, EventMerger.StatusesAgree(a, Time(aDated), b, Time(bDated)));
    }

    [Theory]
    [InlineData(EventStatus.Planned, true)]
    [InlineData(EventStatus.Announced, true)]
    [InlineData(EventStatus.Failed, false)]
    [InlineData(EventStatus.Denied, false)]
    [InlineData(EventStatus.Hypothetical, false)]
    public void Only_factual_statuses_share_the_id_of_the_occurred_event(EventStatus status, bool same)
    {
        var occurred = StableId.ForEvent(EventType.Launch, ["ent_a"], "ent_p", "2024-06-03", EventStatus.Occurred);
        Assert.Equal(same, occurred == StableId.ForEvent(EventType.Launch, ["ent_a"], "ent_p", "2024-06-03", status));
    }
}
