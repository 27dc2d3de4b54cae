using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The acronyms an article's organisations and places can be written as: the capital initials of the
/// name ("Rapid Support Forces" -> RSF), also without its legal form ("General Motors Corp" -> GM), with
/// "of" ("Department of Transportation" -> DOT) and without a dotted qualifier in front
/// ("U.N. Food and Agriculture Organisation" -> FAO); and the acronym or short name a writer puts in brackets right
/// after a name, whatever its letters ("Korea Electric Power Corp (Kepco)"). An acronym two names of the article share is nobody's.
/// </summary>
internal static class AcronymIndex
{
    // " (" between a name and the acronym the writer gives it.
    private const int BracketGap = 2;

    // No acronym is longer; longer initials are not looked up.
    private const int MaxLetters = 12;

    /// <summary>The acronyms by their letters, and the short names written in brackets after a name (any case).</summary>
    public static (Dictionary<string, MentionCandidate> ByLetters, Dictionary<string, MentionCandidate> Bracketed) Build(
        IReadOnlyList<MentionCandidate> candidates, string text)
    {
        // "Kepco" in brackets is also the "KEPCO" of the next paragraph.
        var bracketed = new Dictionary<string, MentionCandidate>(StringComparer.OrdinalIgnoreCase);
        var spelled = new Dictionary<string, MentionCandidate?>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type is not (EntityType.Organization or EntityType.Location) || c.TokenCount <= 1)
            {
                continue;
            }

            // "Brazilian Democratic Movement Party (PMDB)", "Korea Electric Power Corp (Kepco)".
            // Not "Temasek Holdings (Pte) Ltd": a legal form in brackets belongs to the name.
            if (candidates.FirstOrDefault(a => a.TokenCount == 1 && a.Type is not EntityType.Location && a.Span.Start == c.Span.End + BracketGap) is { } inBrackets
                && !IsLegalForm(inBrackets.Text) && inBrackets.Text is not ("Pte" or "Pty" or "Pvt" or "Private")
                && text.AsSpan(c.Span.End, BracketGap) is " (" && inBrackets.Span.End < text.Length && text[inBrackets.Span.End] == ')')
            {
                bracketed.TryAdd(inBrackets.Text, c);
            }

            foreach (var initials in Initials(c.Name.Split(' ')))
            {
                // Two names with the same initials ("General Motors Corp", "General Mills Inc"): GM is neither.
                spelled[initials] = spelled.TryGetValue(initials, out var other) && other is not null && other.Name != c.Name ? null : c;
            }
        }

        var byLetters = new Dictionary<string, MentionCandidate>(bracketed, StringComparer.Ordinal);
        foreach (var (initials, c) in spelled)
        {
            if (c is not null)
            {
                byLetters.TryAdd(initials, c);
            }
        }

        return (byLetters, bracketed);
    }

    /// <summary>A lone word of two to six capitals that may be an acronym ("IBM", "DOT"), not a longer word shouted in a headline.</summary>
    public static bool LooksLikeAcronym(string text) =>
        text.Length is >= 2 and <= 6 && text.All(char.IsUpper);

    private static HashSet<string> Initials(string[] words)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal);
        var core = words.Length > 2 && IsLegalForm(words[^1]) ? words[..^1] : words;
        var qualified = words[0].Contains('.', StringComparison.Ordinal);
        foreach (var w in new[] { words, core })
        {
            Add(variants, w, withOf: false);
            Add(variants, w, withOf: true);
            if (qualified && w.Length > 2)
            {
                Add(variants, w[1..], withOf: false);
                Add(variants, w[1..], withOf: true);
            }
        }

        // "U.S. Agriculture Department" is written USDA, for "U.S. Department of Agriculture": the dotted place letter by letter,
        // and the department before its portfolio.
        if (qualified && words.Length == 3 && words[^1] == "Department")
        {
            var letters = words[0].Where(char.IsUpper).Select(c => c.ToString());
            Add(variants, [.. letters, "Department", words[1]], withOf: false);
        }

        return variants;
    }

    private static void Add(HashSet<string> variants, string[] words, bool withOf)
    {
        Span<char> initials = stackalloc char[MaxLetters];
        var n = 0;
        foreach (var w in words)
        {
            if (n == MaxLetters)
            {
                return;
            }

            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                initials[n++] = w[0];
            }
            else if (withOf && w == "of")
            {
                initials[n++] = 'O';
            }
        }

        if (n > 1)
        {
            variants.Add(new string(initials[..n]));
        }
    }

    public static bool IsLegalForm(string word) =>
        word.TrimEnd('.') is "Inc" or "Corp" or "Co" or "Ltd" or "Plc" or "PLC" or "LLC" or "AG" or "SA" or "NV" or "Corporation" or "Company" or "SpA" or "Spa" or "GmbH" or "BV"
            or "KK" or "Bhd" or "Berhad" or "Pty" or "AB" or "ASA" or "Oy" or "A/S";
}
