using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// What a ministry is for: "Trade and Industry" ends "Ministry of International Trade and Industry", and "a commerce ministry
/// spokeswoman" speaks for the Commerce Ministry. One list for both readers, compared without case.
/// </summary>
internal static class Portfolio
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "agriculture", "commerce", "communications", "defence", "defense", "development", "economy", "energy", "environment", "finance", "fisheries", "food",
        "foreign", "forestry", "health", "housing", "industry", "information", "interior", "justice", "labor", "labour", "mines", "oil",
        "petroleum", "planning", "technology", "tourism", "trade", "transport", "welfare",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Words.Contains(word);
}
