using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds runs of capitalised words in a sentence: "Bank of England", "Prime Minister of Canada Justin
/// Trudeau", "Securities and Exchange Commission". A possessive or a cut hyphen compound ends a run;
/// punctuation and lower-case words break it, except "of", "and" and name particles between capitalised
/// words (the classifier splits "Russia and China" again).
/// </summary>
internal static class RunFinder
{
    private static readonly string[] Connectors = ["of", "and", "&", "de", "du", "da", "del", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "dos"];

    private static readonly FrozenSet<string> CompanyForms = new[] { "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Plc", "LLC", "AG", "SA", "NV" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static List<(int Start, int End)> Find(SentenceTokens s)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < s.Count)
        {
            if (!s[i].IsCapitalised)
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < s.Count && (!s[end - 1].EndsRun || IsPossessiveCompanyName(s, end - 1)) && Adjacent(s, end - 1, end))
            {
                if (s[end].IsCapitalised)
                {
                    end++;
                }
                else if (end + 1 < s.Count && IsConnector(s[end].Text) && !s[end].IsCapitalised && s[end + 1].IsCapitalised && Adjacent(s, end, end + 1))
                {
                    end += 2;
                }
                else if (end + 1 < s.Count && s[end].Text == "of" && s[end + 1].IsNumber && Adjacent(s, end, end + 1) && Enumerable.Range(start, end - start).Any(k => s.GazetteerAt(k, end + 2) is not null))
                {
                    end += 2; // "Group of 24"
                }
                else if (end + 2 < s.Count && NameParticles.IsSecond(s[end].Text, s[end + 1].Text) && s[end + 2].IsCapitalised && Adjacent(s, end, end + 1) && Adjacent(s, end + 1, end + 2))
                {
                    end += 3;
                }
                else
                {
                    break;
                }
            }

            runs.Add((start, end));
            i = end;
        }

        return runs;
    }

    // "McDonald's Corp", "Heck's Inc": the possessive is part of a company's name when its legal form follows;
    // "People's Daily": of a newspaper's when "Daily" does.
    private static bool IsPossessiveCompanyName(SentenceTokens s, int k) =>
        s[k].IsPossessive && k + 1 < s.Count && (CompanyForms.Contains(s[k + 1].Text) || s[k + 1].Text == "Daily");

    private static bool IsConnector(string word) => Array.IndexOf(Connectors, word) >= 0;

    // Two words belong to one name only when white space alone separates them, without a blank line.
    private static bool Adjacent(SentenceTokens s, int a, int b)
    {
        var from = s[a].IsPossessive ? s[a].End + 2 : s[a].End; // "Heck's Inc": the gap starts after the "'s"
        var gap = s.Text.AsSpan(from, s[b].Start - from);
        return gap.Length > 0 && gap.Trim(" \n\r\t").IsEmpty && gap.Count('\n') < 2;
    }
}
