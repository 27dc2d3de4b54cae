namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>What "he", "she" or "it" tells about a speaker; unknown for most names.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,

    /// <summary>"it said": an organisation.</summary>
    Neuter,
}
