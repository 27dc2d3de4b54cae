namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Options of the quote stage.</summary>
public sealed record QuoteOptions
{
    /// <summary>
    /// Also report speech without quote marks ("the ministry said the talks failed") as kind indirect.
    /// Off by default: news quote gold sets list only quoted words, and indirect clauses there count as false positives
    /// (the `--indirect` option of `kg extract`, `kg ingest` and `kg demo` turns it on).
    /// </summary>
    public bool IncludeIndirect { get; init; }

    /// <summary>A sentence-initial quote with no speaker found is kept (speaker unknown) when it has at least this many words.</summary>
    public int MinWordsUnattributedDirect { get; init; } = 3;
}
