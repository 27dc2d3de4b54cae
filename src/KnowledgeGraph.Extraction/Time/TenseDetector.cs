using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Finds the tense of the clause that governs a time expression: the words between the nearest
/// clause boundaries around it ("; : ," or "that/which/but/while..."), widened to the next clause
/// when the expression stands alone ("Before Christmas, the party looked certain...").
/// </summary>
internal static partial class TenseDetector
{
    private static readonly FrozenSet<string> FutureWords = new[]
    {
        "will", "shall", "'ll", "won't", "would", "wouldn't", "must", "should", "may", "might", "can", "could",
        "plans", "plan", "planned", "scheduled", "intends", "expects", "expected", "due", "upcoming", "tomorrow", "aims",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PresentWords = new[]
    {
        "is", "are", "am", "isn't", "aren't", "does", "do", "doesn't", "don't", "says", "say", "now",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Common irregular past forms; regular ones end in -ed.
    private static readonly FrozenSet<string> PastWords = new[]
    {
        "was", "were", "had", "did", "has", "have", "hasn't", "haven't", "hadn't", "didn't", "wasn't", "weren't",
        "said", "told", "met", "went", "came", "took", "gave", "made", "saw", "held", "began", "left", "won", "lost",
        "became", "broke", "rose", "fell", "spoke", "sent", "set", "put", "got", "found", "thought", "brought",
        "bought", "sold", "paid", "kept", "led", "ran", "fought", "flew", "drove", "wrote", "stood", "struck",
        "took", "shot", "hit", "cut", "quit", "threw", "grew", "knew", "sought", "taught", "caught", "felt", "heard",
        "meant", "built", "spent", "lent", "sat", "won", "swore", "wore", "chose", "froze", "hid", "ago", "yesterday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseWords = new[]
    {
        "that", "which", "who", "whom", "whose", "but", "while", "whereas", "although", "though", "because",
        "when", "where", "and", "or", "if", "unless", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // -ed words that are not past forms.
    private static readonly FrozenSet<string> NotPast = new[]
    {
        "need", "speed", "seed", "feed", "bed", "red", "hundred", "indeed", "embed", "shed", "proceed", "exceed",
        "succeed", "breed", "creed", "greed", "weed", "bleed", "naked", "wicked", "sacred", "kindred", "united",
        "based", "related", "limited", "expected", "scheduled", "planned", "detailed", "advanced", "armed", "used",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ClauseTense Detect(string text, TextSpan sentence, TextSpan expression)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens(text, sentence);
        var first = tokens.FindIndex(t => t.End > expression.Start);
        if (first < 0)
        {
            return ClauseTense.Unknown;
        }

        var last = tokens.FindLastIndex(t => t.Start < expression.End);
        var left = Boundary(tokens, first - 1, -1);
        var right = Boundary(tokens, last + 1, +1);
        var tense = Of(tokens, left + 1, right - 1);
        if (tense != ClauseTense.Unknown)
        {
            return tense;
        }

        // A fronted or trailing phrase ("Before Christmas, ..."): the clause after it, then the one before.
        var nextRight = Boundary(tokens, right + 1, +1);
        tense = Of(tokens, right + 1, nextRight - 1);
        if (tense != ClauseTense.Unknown)
        {
            return tense;
        }

        var nextLeft = Boundary(tokens, left - 1, -1);
        tense = Of(tokens, nextLeft + 1, left - 1);
        return tense != ClauseTense.Unknown ? tense : Of(tokens, 0, tokens.Count - 1);
    }

    /// <summary>The index of the first boundary token from <paramref name="i"/> in direction <paramref name="step"/>, or one past the end.</summary>
    private static int Boundary(List<(int Start, int End, string Text)> tokens, int i, int step)
    {
        while (i >= 0 && i < tokens.Count && !IsBoundary(tokens[i].Text))
        {
            i += step;
        }

        return Math.Clamp(i, -1, tokens.Count);
    }

    private static ClauseTense Of(List<(int Start, int End, string Text)> tokens, int from, int to)
    {
        var tense = ClauseTense.Unknown;
        for (var i = Math.Max(from, 0); i <= to && i < tokens.Count; i++)
        {
            var w = tokens[i].Text;
            if (FutureWords.Contains(w) || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("going", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                // "could have", "would have", "may have": a modal looking back.
                var perfect = i + 1 < tokens.Count && tokens[i + 1].Text.Equals("have", StringComparison.OrdinalIgnoreCase);
                if (!perfect && !(w.Equals("expected", StringComparison.OrdinalIgnoreCase) && !(i + 1 < tokens.Count && tokens[i + 1].Text == "to")))
                {
                    return ClauseTense.Future;
                }

                tense = ClauseTense.Past;
            }
            else if (PastWords.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(w) && char.IsLower(w[0])))
            {
                tense = ClauseTense.Past;
            }
            else if (tense == ClauseTense.Unknown && PresentWords.Contains(w))
            {
                tense = ClauseTense.Present;
            }
        }

        return tense;
    }

    private static bool IsBoundary(string token) => token is ";" or ":" or "," or "\"" or "“" or "”" or "(" or ")" || ClauseWords.Contains(token);

    private static List<(int Start, int End, string Text)> Tokens(string text, TextSpan sentence)
    {
        var list = new List<(int, int, string)>();
        foreach (var m in Token().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var start = sentence.Start + m.Index;
            list.Add((start, start + m.Length, text.Substring(start, m.Length)));
        }

        return list;
    }

    [GeneratedRegex(@"[A-Za-z]+(?:['’][A-Za-z]+)?|'ll|[;:,""“”()]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
