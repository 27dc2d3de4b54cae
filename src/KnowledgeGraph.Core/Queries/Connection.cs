namespace KnowledgeGraph.Core.Queries;

/// <summary>One event or quote linking two entities, with the words that report it.</summary>
public sealed record Connection
{
    public required ConnectionKind Kind { get; init; }

    /// <summary>The event or quote id.</summary>
    public required string Id { get; init; }

    /// <summary>The event type ("Meeting") or the quote kind ("direct").</summary>
    public required string Label { get; init; }

    /// <summary>The event's start day, or the day the quote was said (else its article's date).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How much of <see cref="Date"/> is known ("next month" is a month); null reads as a day.</summary>
    public TimePrecision? DatePrecision { get; init; }

    public string? Sentence { get; init; }

    public string? DocumentId { get; init; }
}
