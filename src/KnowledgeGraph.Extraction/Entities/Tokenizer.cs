using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Splits a sentence into words (with their possessive and hyphen cuts) and punctuation marks.</summary>
internal static partial class Tokenizer
{
    // Lower-case parts that belong inside a hyphenated place or person name: "Komsomolsk-on-Amur", "Abd al-Aziz".
    private static readonly FrozenSet<string> NameConnectors = new[] { "on", "upon", "de", "la", "le", "sur", "en", "am", "an", "al", "el", "ul", "bin", "di", "du", "del" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<Token>(span.Length / 5);
        var p = span.Start;
        while (p < span.End)
        {
            var length = MatchAt(text, p, span.End);
            if (length == 0)
            {
                p++; // white space
                continue;
            }

            var start = p;
            var end = p + length;
            p = end;
            if (!char.IsLetterOrDigit(text[start]))
            {
                tokens.Add(new Token(start, end, text[start..end], IsWord: false, IsPossessive: false, EndsRun: false));
                continue;
            }

            var possessive = false;
            if (length > 2 && text[end - 2] is '\'' or '\u2019' && text[end - 1] == 's')
            {
                end -= 2;
                possessive = true;
            }

            var cut = CutAtLowerCasePart(text, start, end);
            tokens.Add(new Token(start, cut, text[start..cut], IsWord: true, possessive, EndsRun: possessive || cut < end));
        }

        return tokens;
    }

    // The length of the token at p, 0 on white space. Hand-written for speed, it matches exactly what
    // this regular expression matches, alternative by alternative, in a text that ends at limit:
    // (?:\p{Lu}\.){2,} | \p{Lu}\.(?=\s*\p{Lu}) | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\u2019][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)* | [^\s\p{L}\p{N}]
    // Dotted initials and acronyms ("U.S.", "L.K."), words with inner hyphens and apostrophes, or one punctuation mark.
    internal static int MatchAt(string text, int p, int limit)
    {
        var c = text[p];
        if (char.IsWhiteSpace(c))
        {
            return 0;
        }

        if (IsUpper(c) && p + 1 < limit && text[p + 1] == '.')
        {
            var q = p;
            while (q + 1 < limit && IsUpper(text[q]) && text[q + 1] == '.')
            {
                q += 2;
            }

            if (q - p >= 4)
            {
                return q - p;
            }

            var r = p + 2;
            while (r < limit && char.IsWhiteSpace(text[r]))
            {
                r++;
            }

            if (r < limit && IsUpper(text[r]))
            {
                return 2;
            }
        }

        if (!IsLetterOrNumber(c))
        {
            return 1;
        }

        var e = SkipWordChars(text, p + 1, limit);
        while (e + 1 < limit && text[e] is '-' or '\'' or '\u2019' && IsLetterOrNumber(text[e + 1]))
        {
            e = SkipWordChars(text, e + 2, limit);
        }

        return e - p;
    }

    private static int SkipWordChars(string text, int p, int limit)
    {
        while (p < limit && IsWordChar(text[p]))
        {
            p++;
        }

        return p;
    }

    private static bool IsUpper(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;

    // \p{L} or \p{N}.
    private static bool IsLetterOrNumber(char c) => char.GetUnicodeCategory(c) switch
    {
        <= UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    // \p{L}, \p{M} or \p{N}: UppercaseLetter (0) .. OtherNumber (10) are consecutive in UnicodeCategory.
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;

    // "Kim Mahn-je", "Roh Tae-woo": a Korean given name's second syllable, short, after a short capitalised one (not "Bonn-led").
    private static bool IsGivenNameSyllable(string text, int start, int hyphen, string part)
    {
        var before = text.AsSpan(start, hyphen - start);
        return (part.Length <= 4 || part.Length <= 6 && LongSyllable().IsMatch(part)) && !EnglishSuffixes.Contains(part) && before.Length is >= 2 and <= 5
            && !before[1..].ContainsAnyExceptInRange('a', 'z');
    }

    // "Ka-shing", "Tae-chung": a romanised syllable of five or six letters (not "style" or "based").
    [System.Text.RegularExpressions.GeneratedRegex("^(?:ch|sh|zh|ts|hw|kw|[bcdfghjklmnpqrstwxyz])[aeiouy]{1,3}(?:ng|n|m)?$")]
    private static partial System.Text.RegularExpressions.Regex LongSyllable();

    private static readonly HashSet<string> EnglishSuffixes = new(StringComparer.Ordinal)
    {
        "led", "like", "run", "made", "born", "type", "wide", "free", "rich", "held", "bred", "era", "area", "bloc", "aid", "size",
    };

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
            if (part.Length > 0 && char.IsLower(part[0]) && !(NameConnectors.Contains(part) && partEnd > 0) && !IsGivenNameSyllable(text, start, hyphen, part))
            {
                return hyphen;
            }

            hyphen = partEnd;
        }

        return end;
    }
}
