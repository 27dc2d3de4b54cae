using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The country of the party families an article names: Canada's "Liberal Party" and Australia's are
/// different parties, so a party family's entity id carries its country ("Liberal Party (Canada)")
/// and articles merge it only when their countries agree. The country is the one written next to a
/// party name ("Canadian Liberals", "Australia's Labour Party"), else the country the article
/// mentions most (first mentioned on a tie); with no country in the article the id stays unscoped.
/// </summary>
internal static class PartyCountryScope
{
    /// <summary>The country of each party family named in the article, with the span that shows it.</summary>
    public static Dictionary<string, (string Country, TextSpan Evidence)> Find(string text, IReadOnlyList<MentionCandidate> sorted, Gazetteer gazetteer)
    {
        var scopes = new Dictionary<string, (string, TextSpan)>(StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Count, int First, TextSpan Span)>(StringComparer.Ordinal);
        var hasParty = false;
        for (var k = 0; k < sorted.Count; k++)
        {
            var c = sorted[k];
            if (IsCountry(c))
            {
                var known = counts.GetValueOrDefault(c.Name, (Count: 0, First: k, Span: c.Span));
                counts[c.Name] = (known.Count + 1, known.First, known.Span);
                continue;
            }

            if (c.Type != EntityType.Organization || !gazetteer.PartyFamilies.Contains(c.Name))
            {
                continue;
            }

            hasParty = true;
            if (k > 0 && IsCountry(sorted[k - 1]) && IsWrittenBefore(text, sorted[k - 1].Span, c.Span))
            {
                scopes.TryAdd(c.Name, (sorted[k - 1].Name, sorted[k - 1].Span));
            }
        }

        if (!hasParty || counts.Count == 0)
        {
            return scopes;
        }

        var main = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First();
        foreach (var c in sorted)
        {
            if (c.Type == EntityType.Organization && gazetteer.PartyFamilies.Contains(c.Name))
            {
                scopes.TryAdd(c.Name, (main.Key, main.Value.Span));
            }
        }

        return scopes;
    }

    private static bool IsCountry(MentionCandidate c) => c.Type == EntityType.Location && c.Subtype == "Country";

    // "Canadian Liberal Party", "Canada's Liberals": only white space or a possessive between the two.
    private static bool IsWrittenBefore(string text, TextSpan country, TextSpan party)
    {
        if (country.End > party.Start)
        {
            return false;
        }

        var gap = text.AsSpan(country.End, party.Start - country.End).Trim();
        return gap.IsEmpty || gap is "'s" or "\u2019s";
    }
}
