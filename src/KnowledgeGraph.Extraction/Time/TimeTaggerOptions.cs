namespace KnowledgeGraph.Extraction.Time;

/// <summary>How the time tagger works.</summary>
/// <param name="UseRecognizers">Send the windows the fast path left alone to Microsoft.Recognizers (slower, finds rarer forms).</param>
public sealed record TimeTaggerOptions(bool UseRecognizers = true)
{
    public static TimeTaggerOptions Default { get; } = new();
}
