namespace KnowledgeGraph.Extraction.Reading;

/// <summary>One article cut out of a text file: its headline (if it has one) and its cleaned text.</summary>
public sealed record SplitArticle(string? Title, string Text);
