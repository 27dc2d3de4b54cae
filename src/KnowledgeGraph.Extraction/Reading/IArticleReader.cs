namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Turns the decoded content of one input into articles. Readers do no I/O: they get the text.</summary>
public interface IArticleReader
{
    /// <summary>File name endings this reader handles, with the dot: ".txt".</summary>
    IReadOnlyList<string> Extensions { get; }

    ReadResult Read(string source, string content);
}
