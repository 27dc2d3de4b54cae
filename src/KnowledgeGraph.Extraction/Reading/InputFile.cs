namespace KnowledgeGraph.Extraction.Reading;

/// <summary>One input to read: a file, or standard input when <see cref="IsStdin"/>.</summary>
public sealed record InputFile(string Path, bool IsStdin = false)
{
    public const string StdinName = "-";

    public string DisplayName => IsStdin ? "<stdin>" : Path;
}
