namespace KnowledgeGraph.Core;

/// <summary>How we know an article's publication date.</summary>
public enum PublishedSource
{
    /// <summary>Given by the caller (--published) or by the article's metadata.</summary>
    Metadata,

    /// <summary>Inferred from the text: a dateline, a dated caption, weekday agreement.</summary>
    Inferred,

    /// <summary>Not known; <see cref="Document.Published"/> may still hold a lower bound.</summary>
    Unknown,
}

/// <summary>One article as read: its text is what every offset indexes.</summary>
public sealed record Document
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Title { get; init; }

    /// <summary>File name or URL the article came from.</summary>
    public required string Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication date; null when unknown.</summary>
    public DateOnly? Published { get; init; }

    public PublishedSource PublishedSource { get; init; } = PublishedSource.Unknown;

    /// <summary>An earliest possible publication date when the exact one is unknown (a file photo's date).</summary>
    public DateOnly? PublishedNotBefore { get; init; }

    /// <summary>Why the publication date is what it is, for the user ("caption 'September 13, 2023' agrees with 'on Wednesday'").</summary>
    public string? PublishedEvidence { get; init; }
}
