namespace KnowledgeGraph.Core;

public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>Words attributed to a speaker: quoted directly, in part, or reported.</summary>
public sealed record Quote
{
    public required string Id { get; init; }

    public required QuoteKind Kind { get; init; }

    /// <summary>The quoted words without the quote marks.</summary>
    public required string Text { get; init; }

    public required TextSpan Span { get; init; }

    public string? SpeakerId { get; init; }

    public string? AddresseeId { get; init; }

    public TimeValue? Time { get; init; }

    /// <summary>Entities the quote mentions.</summary>
    public IReadOnlyList<string> MentionIds { get; init; } = [];

    public required Evidence Evidence { get; init; }
}
