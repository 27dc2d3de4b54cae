using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Extraction.Segmentation;

/// <summary>
/// Some wire desks sent copy with its names in lower case ("finance minister manuel azpurua said venezuela ...").
/// Every later stage reads capitals as the mark of a name, so such an article is given back its capitals first:
/// countries, places and their demonyms from the gazetteer, people named by a known given name and their surnames
/// wherever they recur, and sentence openings. Only the case of letters changes, so every offset stays valid; an
/// article written with its capitals is returned as it is.
/// </summary>
internal static partial class Truecaser
{
    // "venezuela", "caracas", "venezuelan": this many lower-case place names mark an article as lower-cased.
    private const int MinLowerCasePlaces = 3;

    // "leon febres cordero": the words a given name may take after it.
    private const int MaxWordsAfterGivenName = 3;

    private const int MinSurnameLetters = 4;

    // Places whose names are also common English words: "turkey", "china", "chile" written in lower case say nothing.
    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "turkey", "china", "chile", "jordan", "guinea", "georgia", "chad", "niger", "japan", "cuba", "nice", "reading", "mobile",
        "bath", "split", "orange", "victoria", "lincoln", "wales", "jersey", "man", "french", "dutch", "swiss", "polish", "danish",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Places and demonyms, organisations written as acronyms ("opec", "imf"), and the days of the week: lower case to as written.
    private static readonly Lazy<FrozenDictionary<string, string>> LowerCasePlaces = new(() =>
        Gazetteer.Default.Names
            .Where(kv => kv.Value.Type == EntityType.Location && kv.Key.Length > 3 && kv.Key.Any(char.IsUpper) && !EnglishWords.Contains(kv.Key.ToLowerInvariant())
                || kv.Value.Type == EntityType.Organization && kv.Key.Length >= 3 && kv.Key.All(char.IsUpper)
                    && !Gazetteer.Default.CommonWords.Contains(kv.Key[0] + kv.Key[1..].ToLowerInvariant()))
            .Select(kv => kv.Key)
            .Concat(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Reuters"])
            .GroupBy(name => name.ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> Demonyms = new(() =>
        Gazetteer.Default.Names.Where(kv => kv.Value.IsDemonym).Select(kv => kv.Key.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> LowerCaseGivenNames = new(() =>
        Gazetteer.Default.GivenNames.Where(n => n.Length > 2).Select(n => n.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The text with the capitals a lower-cased article lost; the same string when it lost none.</summary>
    public static string Restore(string text)
    {
        var places = LowerCasePlaces.Value;
        if (!IsLowerCased(text, places))
        {
            return text;
        }

        var words = Words().Matches(text);
        var chars = new StringBuilder(text);
        CapitalisePlaces(chars, words, places);
        foreach (var surname in CapitalisePeople(chars, words))
        {
            foreach (Match w in words)
            {
                if (w.Value == surname)
                {
                    chars[w.Index] = char.ToUpperInvariant(chars[w.Index]);
                }
            }
        }

        foreach (Match m in SentenceOpening().Matches(text))
        {
            var at = m.Index + m.Length - 1;
            chars[at] = char.ToUpperInvariant(chars[at]);
        }

        return chars.ToString();
    }

    // Every article goes through this test: it reads the words as slices of the text, without a string for each, and stops
    // at the third lower-case place. A demonym does not count ("pan-american" is no sign of a lower-cased article).
    private static bool IsLowerCased(string text, FrozenDictionary<string, string> places)
    {
        var lookup = places.GetAlternateLookup<ReadOnlySpan<char>>();
        var demonyms = Demonyms.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = 0;
        foreach (var m in Words().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (char.IsLower(word[0]) && lookup.ContainsKey(word) && !demonyms.Contains(word) && ++found == MinLowerCasePlaces)
            {
                return true;
            }
        }

        return false;
    }

    // "united states", "venezuela", "ecuadorean": the longest gazetteer place at each word, written as the gazetteer writes it.
    private static void CapitalisePlaces(StringBuilder chars, MatchCollection words, FrozenDictionary<string, string> places)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(Gazetteer.Default.MaxNameTokens, words.Count - i); n >= 1; n--)
            {
                var last = words[i + n - 1];
                var phrase = string.Join(' ', Enumerable.Range(i, n).Select(k => words[k].Value));
                if (!char.IsLower(words[i].Value[0]) || !places.TryGetValue(phrase, out var written) || !OnlySpacesBetween(chars, words, i, n))
                {
                    continue;
                }

                var k = 0;
                for (var pos = words[i].Index; pos < last.Index + last.Length; pos++)
                {
                    if (!char.IsWhiteSpace(chars[pos]))
                    {
                        while (k < written.Length && written[k] == ' ')
                        {
                            k++;
                        }

                        chars[pos] = k < written.Length ? written[k++] : chars[pos];
                    }
                }

                i += n - 1;
                break;
            }
        }
    }

    // "minister jorge brancho told": a known given name and the name words after it; their surnames, to capitalise wherever they recur.
    private static HashSet<string> CapitalisePeople(StringBuilder chars, MatchCollection words)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var given = LowerCaseGivenNames.Value;
        for (var i = 0; i < words.Count; i++)
        {
            if (!given.Contains(words[i].Value))
            {
                continue;
            }

            var n = 0;
            while (n < MaxWordsAfterGivenName && i + n + 1 < words.Count && IsNameWord(words[i + n + 1].Value) && OnlySpacesBetween(chars, words, i + n, 2))
            {
                n++;
            }

            if (n == 0)
            {
                continue;
            }

            for (var k = i; k <= i + n; k++)
            {
                chars[words[k].Index] = char.ToUpperInvariant(chars[words[k].Index]);
            }

            if (words[i + n].Value.Length >= MinSurnameLetters)
            {
                surnames.Add(words[i + n].Value);
            }

            i += n;
        }

        return surnames;
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && word.All(char.IsLetter)
        && !Gazetteer.Default.CommonWords.Contains(char.ToUpperInvariant(word[0]) + word[1..])
        && !SpeechVerbs.IsSpeechVerb(word) && !NotNameWords.Contains(word)
        && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);

    // Lower-case words that follow a name in wire copy and are in no other list: verbs and particles of the clause.
    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "was", "has", "had",
        "will", "would", "says", "said", "told", "who", "which", "that", "he", "she", "his", "her", "its", "their", "it", "they",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool OnlySpacesBetween(StringBuilder chars, MatchCollection words, int i, int n)
    {
        for (var k = i; k < i + n - 1; k++)
        {
            for (var pos = words[k].Index + words[k].Length; pos < words[k + 1].Index; pos++)
            {
                if (!char.IsWhiteSpace(chars[pos]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    // The first letter of the text or of a paragraph (after an opening mark), or after a full stop that ends a lower-case word.
    [GeneratedRegex(@"(?:\A|\n\s+|(?<=\p{Ll}{3})[.!?]\s+)[""\u201c]?\p{Ll}")]
    private static partial Regex SentenceOpening();
}
