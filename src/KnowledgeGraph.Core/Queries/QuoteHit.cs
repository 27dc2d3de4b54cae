namespace KnowledgeGraph.Core.Queries;

/// <summary>A quote found by a query, with its speaker's and addressee's names and where it was read.</summary>
public sealed record QuoteHit
{
    public required string QuoteId { get; init; }

    public required QuoteKind Kind { get; init; }

    public required string Text { get; init; }

    public string? Speaker { get; init; }

    public string? Addressee { get; init; }

    /// <summary>When it was said: the quote's own time, else the article's publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How much of <see cref="Date"/> is known: "last year" is a year, not its 1 January; null reads as a day.</summary>
    public TimePrecision? DatePrecision { get; init; }

    public required string Sentence { get; init; }

    public required string DocumentId { get; init; }

    public string? DocumentTitle { get; init; }
}
