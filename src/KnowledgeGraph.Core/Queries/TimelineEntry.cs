namespace KnowledgeGraph.Core.Queries;

/// <summary>One event on a timeline, with the names a reader needs and the sentence that reports it.</summary>
public sealed record TimelineEntry
{
    public required string EventId { get; init; }

    public required EventType Type { get; init; }

    public required EventStatus Status { get; init; }

    public TimeValue? Time { get; init; }

    /// <summary>Participants' canonical names, agents first.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    public string? Place { get; init; }

    public required string Sentence { get; init; }

    public required string DocumentId { get; init; }

    public string? DocumentTitle { get; init; }
}
