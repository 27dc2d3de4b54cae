namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>What "he" or "she" tells about a person; unknown for most names.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
