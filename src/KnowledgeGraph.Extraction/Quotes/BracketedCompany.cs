using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Reuters writes the companies a story is about in angle brackets ("&lt;AB Bofors&gt;", "&lt;Holm Motors Ltd&gt;"):
/// a later one-word speaker that is a word of such a name ("Bofors said in a statement") is that company.
/// Tickers ("&lt;FIAT.M&gt;") are not names.
/// </summary>
internal static partial class BracketedCompany
{
    /// <summary>The whitespace-normalised bracketed name containing <paramref name="word"/>, when exactly one does.</summary>
    public static string? Containing(string text, string word)
    {
        if (NameLexicon.NotNames.Contains(word) || NameLexicon.OrganisationHeads.Contains(word) || word.Length < 3)
        {
            return null;
        }

        var names = Bracketed().Matches(text)
            .Select(m => m.Groups["name"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 1 && words.Contains(word, StringComparer.Ordinal) && !IsTicker(words))
            .Select(words => string.Join(' ', words))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 1 ? names[0] : null;
    }

    private static bool IsTicker(string[] words) => words.Length == 1 && words[0].Contains('.', StringComparison.Ordinal) && !words[0].Any(char.IsLower);

    [GeneratedRegex(@"<(?<name>\p{Lu}[^<>]{1,60})>")]
    private static partial Regex Bracketed();
}
