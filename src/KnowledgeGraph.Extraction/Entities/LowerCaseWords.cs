using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The words an article writes in lower case ("Trade chaos ..." is no name when "trade" is written
/// elsewhere). Built on the first question only: most articles never ask, and reading every word cost
/// a tenth of the recogniser's time.
/// </summary>
internal sealed partial class LowerCaseWords(string text)
{
    private HashSet<string>? _words;

    public bool Contains(string word) => (_words ??= Read(text)).Contains(word);

    private static HashSet<string> Read(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in LowerCaseWord().EnumerateMatches(text))
        {
            lookup.Add(text.AsSpan(m.Index, m.Length));
        }

        return words;
    }

    [GeneratedRegex(@"(?<![\p{L}'\u2019-])\p{Ll}+(?![\p{L}'\u2019-])")]
    private static partial Regex LowerCaseWord();
}
