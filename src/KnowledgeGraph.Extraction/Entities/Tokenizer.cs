using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Splits a sentence into words (with their possessive and hyphen cuts) and punctuation marks.</summary>
internal static partial class Tokenizer
{
    // Lower-case parts that belong inside a hyphenated place or person name: "Komsomolsk-on-Amur", "Abd al-Aziz".
    private static readonly FrozenSet<string> NameConnectors = new[] { "on", "upon", "de", "la", "le", "sur", "en", "am", "an", "al", "el", "ul", "bin", "di", "du", "del" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<Token>();
        foreach (var m in TokenPattern().EnumerateMatches(text.AsSpan(span.Start, span.Length)))
        {
            var start = span.Start + m.Index;
            var end = start + m.Length;
            if (!char.IsLetterOrDigit(text[start]))
            {
                tokens.Add(new Token(start, end, text[start..end], IsWord: false, IsPossessive: false, EndsRun: false));
                continue;
            }

            var possessive = false;
            if (m.Length > 2 && text[end - 2] is '\'' or '\u2019' && text[end - 1] == 's')
            {
                end -= 2;
                possessive = true;
            }

            var cut = CutAtLowerCasePart(text, start, end);
            tokens.Add(new Token(start, cut, text[start..cut], IsWord: true, possessive, EndsRun: possessive || cut < end));
        }

        return tokens;
    }

    // "US-led" -> "US", "Trump-like" -> "Trump"; "Komsomolsk-on-Amur" and "Jean-Marc" stay whole.
    private static int CutAtLowerCasePart(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return end;
        }

        var hyphen = text.IndexOf('-', start, end - start);
        while (hyphen > 0)
        {
            var partEnd = text.IndexOf('-', hyphen + 1, end - hyphen - 1);
            var part = text[(hyphen + 1)..(partEnd < 0 ? end : partEnd)];
            if (part.Length > 0 && char.IsLower(part[0]) && !(NameConnectors.Contains(part) && partEnd > 0))
            {
                return hyphen;
            }

            hyphen = partEnd;
        }

        return end;
    }

    // Dotted initials and acronyms ("U.S.", "L.K."), words with inner hyphens and apostrophes, or one punctuation mark.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s*\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\u2019][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
