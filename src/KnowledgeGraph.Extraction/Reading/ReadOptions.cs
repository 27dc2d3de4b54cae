namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Options for reading inputs.</summary>
/// <param name="Published">When set (<c>--published</c>), the publication date of every input.</param>
/// <param name="MaxArticleBytes">
/// The largest article read: a JSON line, or a whole .txt/.html file or standard input. No news
/// article comes near it; anything bigger is reported and skipped before it is read into memory.
/// </param>
public sealed record ReadOptions(DateOnly? Published = null, long MaxArticleBytes = ReadOptions.DefaultMaxArticleBytes)
{
    public const long DefaultMaxArticleBytes = 4L * 1024 * 1024;
}
