namespace KnowledgeGraph.Core;

/// <summary>
/// Which statuses name the same real-world event. Planned, announced and occurred are one event seen
/// at different times ("will visit Porto on Friday", then "visited Porto on Friday"); a failed, denied or
/// hypothetical event is another thing than the one that happened ("failed to launch" is not the launch).
/// </summary>
public static class EventStatusKinds
{
    /// <summary>Occurred, planned or announced: the status of an event that is (or is to be) real.</summary>
    public static bool IsFactual(this EventStatus status) =>
        status is EventStatus.Occurred or EventStatus.Planned or EventStatus.Announced;

    /// <summary>Of two factual statuses of one event, the one that knows more: occurred, then announced, then planned.</summary>
    public static EventStatus MostAdvanced(EventStatus a, EventStatus b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(EventStatus status) => status switch
    {
        EventStatus.Occurred => 3,
        EventStatus.Announced => 2,
        EventStatus.Planned => 1,
        _ => 0,
    };
}
