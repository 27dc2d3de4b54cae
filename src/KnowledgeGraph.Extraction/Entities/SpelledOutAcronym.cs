using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// An acronym the writer spells out right before it, in brackets or between commas: "the Organization for Economic
/// Cooperation and Development (OECD)", "the Economist Intelligence Unit (EIU)", "Singapore International Monetary
/// Exchange Ltd, SIMEX,". Its letters open the words of the name in order (one or more letters of each word, small
/// words and legal forms left out). The acronym, its other mentions and the names the recogniser found inside the
/// spelled-out words become one organisation: named as the gazetteer names the acronym, else by the spelled-out name.
/// </summary>
internal static partial class SpelledOutAcronym
{
    // "the Bahrain-based Gulf News Agency (GNA)": how far back the name may start.
    private const int MaxNameWords = 10;

    public static void Resolve(IReadOnlyList<MentionCandidate> candidates, string text)
    {
        foreach (var acronym in candidates.Where(c => c.TokenCount == 1 && AcronymIndex.LooksLikeAcronym(c.Text) && c.Type is null or EntityType.Organization).ToList())
        {
            if (SpelledOutBefore(text, acronym.Span.Start, acronym.Text) is not { } spelled)
            {
                continue;
            }

            // "West Texas Intermediate (WTI)", "Public Sector Borrowing Requirement (PSBR)": a term, unless the acronym
            // speaks or the name ends in an organisation's head word.
            var full = MentionCandidate.Fold(spelled.Slice(text));
            if (acronym.Type != EntityType.Organization && !Gazetteer.Default.Is(CueKind.OrgHead, full[(full.LastIndexOf(' ') + 1)..])
                && !Speaks(text, acronym.Text))
            {
                continue;
            }

            var name = acronym.Type == EntityType.Organization && acronym.Canonical is { } known ? known : full;
            foreach (var c in candidates.Where(c => c.Text == acronym.Text || spelled.Contains(c.Span.Start) && c.Span.End <= spelled.End))
            {
                c.Typed(EntityType.Organization, "acronym-spelled-out", acronym.Subtype, name);
                if (name != full)
                {
                    c.ExtraAliases.Add(full);
                }
            }
        }
    }

    // "The EIU said": somewhere in the article the acronym is the subject of a speech verb.
    private static bool Speaks(string text, string acronym)
    {
        foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(acronym)}\s+(?<verb>\p{{Ll}}+)"))
        {
            if (Gazetteer.Default.Is(CueKind.SpeechVerb, m.Groups["verb"].Value))
            {
                return true;
            }
        }

        return false;
    }

    // The words right before " (ACR)" or ", ACR" whose initials spell the acronym, shortest first.
    private static TextSpan? SpelledOutBefore(string text, int acronymStart, string acronym)
    {
        var k = acronymStart - 1;
        while (k >= 0 && text[k] is ' ' or '\n')
        {
            k--;
        }

        if (k < 0 || text[k] is not ('(' or ','))
        {
            return null;
        }

        // "<BHP Gold Mines Ltd> (BHPGM)", "Holm Corp's (HC)": the name ends before the bracket and the possessive.
        var end = k;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '>'))
        {
            end--;
        }

        if (end > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '\u2019')
        {
            end -= 2;
        }

        var words = new List<Match>();
        var from = Math.Max(0, end - 200);
        foreach (Match m in Word().Matches(text[from..end]))
        {
            words.Add(m);
        }

        // Only the words after the last punctuation belong to the name.
        var last = text[from..end].LastIndexOfAny([',', ';', ':', '(', ')', '"', '.']);
        words.RemoveAll(w => w.Index < last && !IsDottedQualifier(w.Value));
        for (var s = words.Count - 1; s >= Math.Max(0, words.Count - MaxNameWords); s--)
        {
            if (!char.IsUpper(words[s].Value[0]))
            {
                continue;
            }

            var parts = words.Skip(s).Select(w => w.Value).Where(w => !IsSmallWord(w) && !AcronymIndex.IsLegalForm(w)).ToList();
            if (parts.Count >= 2 && parts.All(p => char.IsUpper(p[0])) && Spells(acronym, parts, 0, 0))
            {
                return new TextSpan(from + words[s].Index, end);
            }
        }

        return null;
    }

    // "SIMEX": S-ingapore I-nternational M-onetary EX-change; every word gives one or more letters, in order.
    private static bool Spells(string acronym, List<string> words, int at, int word)
    {
        if (word == words.Count)
        {
            return at == acronym.Length;
        }

        var w = words[word];
        for (var n = Math.Min(w.Length, acronym.Length - at); n >= 1; n--)
        {
            if (acronym.AsSpan(at, n).Equals(w.AsSpan(0, n), StringComparison.OrdinalIgnoreCase) && Spells(acronym, words, at + n, word + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSmallWord(string word) => word is "of" or "for" or "and" or "the" or "on" or "in" or "&" or "de" or "du" or "des" or "la" or "le";

    private static bool IsDottedQualifier(string word) => word.Contains('.', StringComparison.Ordinal) && word.All(ch => char.IsUpper(ch) || ch == '.');

    [GeneratedRegex(@"[\p{L}&][\p{L}\-'.&]*")]
    private static partial Regex Word();
}
