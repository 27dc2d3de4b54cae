namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Options of the quote stage.</summary>
public sealed record QuoteOptions
{
    /// <summary>Also report speech without quote marks ("the ministry said the talks failed") as kind indirect.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>A sentence-initial quote with no speaker found is kept (speaker unknown) when it has at least this many words.</summary>
    public int MinWordsUnattributedDirect { get; init; } = 3;
}
