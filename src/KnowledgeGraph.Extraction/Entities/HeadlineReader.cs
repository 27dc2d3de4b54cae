using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Reads headlines and section headings, where every word is capitalised ("Putin and Allies Discuss
/// Satellites"): only names known from the body or the gazetteer count there; any other word is kept
/// as an untyped candidate that the alias resolver may still tie to a person of the article.
/// </summary>
internal sealed class HeadlineReader(IReadOnlyDictionary<string, MentionCandidate> bodySurfaces, int longestSurface)
{
    public void Read(SentenceTokens s, List<MentionCandidate> output)
    {
        foreach (var (start, end) in RunFinder.Find(s))
        {
            var k = start;
            while (k < end)
            {
                k += ReadAt(s, k, end, output);
            }
        }
    }

    private int ReadAt(SentenceTokens s, int k, int end, List<MentionCandidate> output)
    {
        for (var n = Math.Min(longestSurface, end - k); n > 0; n--)
        {
            if (bodySurfaces.TryGetValue(s.KeyOf(k, k + n), out var known))
            {
                output.Add(Copy(s, k, k + n, known));
                return n;
            }
        }

        var g = s.LongestGazetteerMatch(k, end);
        if (g > 0)
        {
            var e = s.GazetteerAt(k, k + g)!;
            output.Add(new MentionCandidate(s.SpanOf(k, k + g), s.TextOf(k, k + g), g) { InHeadline = true }
                .Typed(e.Type, "headline-gazetteer", e.Subtype, e.Canonical));
            return g;
        }

        if (s[k].IsWord && !s.IsCommon(k) && s[k].Text.Length > 1 && !s[k].IsAllCaps)
        {
            output.Add(new MentionCandidate(s.SpanOf(k, k + 1), s[k].Text, 1) { InHeadline = true, Rule = "headline-word" });
        }

        return 1;
    }

    private static MentionCandidate Copy(SentenceTokens s, int i, int j, MentionCandidate known) =>
        new MentionCandidate(s.SpanOf(i, j), s.TextOf(i, j), j - i) { InHeadline = true }
            .Typed(known.Type ?? EntityType.Other, "headline-known-name", known.Subtype, known.Name);
}
