namespace KnowledgeGraph.Extraction.Time;

/// <summary>How the time tagger works.</summary>
/// <param name="UseRecognizers">
/// Also send the windows around month, weekday and clock words the fast path left alone to
/// Microsoft.Recognizers. Off by default: on TimeBank and AQUAINT it changed no value (F1 equal to
/// three decimals) while cutting throughput about fourfold; it finds a few rarer forms.
/// </param>
public sealed record TimeTaggerOptions(bool UseRecognizers = false)
{
    public static TimeTaggerOptions Default { get; } = new();
}
