namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Options for reading inputs.</summary>
/// <param name="Published">When set (<c>--published</c>), the publication date of every input.</param>
public sealed record ReadOptions(DateOnly? Published = null);
