namespace KnowledgeGraph.Extraction.Time;

/// <summary>The time a clause's verb points to, as far as weekdays, months and holidays need it.</summary>
internal enum ClauseTense
{
    /// <summary>No verb gave a clue.</summary>
    Unknown,
    Past,
    Present,
    Future,
}
