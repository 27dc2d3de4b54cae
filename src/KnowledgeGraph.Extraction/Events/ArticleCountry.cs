using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>The country an article is about: the country named most often, when one clearly leads (no tie, at least twice).</summary>
internal static class ArticleCountry
{
    private const int MinimumMentions = 2;

    public static string? Of(DocumentAnalysis analysis)
    {
        var counts = analysis.Mentions
            .Where(m => analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Subtype == "Country")
            .GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .Take(2)
            .ToList();
        return counts.Count > 0 && counts[0].Count >= MinimumMentions && (counts.Count == 1 || counts[0].Count > counts[1].Count)
            ? counts[0].Id
            : null;
    }
}
