namespace KnowledgeGraph.Extraction.Time;

/// <summary>How the time tagger works.</summary>
/// <param name="UseRecognizers">
/// Also send the windows around month, weekday and clock words the fast path left alone to
/// Microsoft.Recognizers. Off by default: on TimeBank and AQUAINT it moved value F1 by at most 0.001
/// (see Time/README.md) while cutting throughput several-fold; it finds a few rarer forms ("at nine o'clock").
/// </param>
public sealed record TimeTaggerOptions(bool UseRecognizers = false)
{
    public static TimeTaggerOptions Default { get; } = new();
}
