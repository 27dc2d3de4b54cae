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
    // Characters either side of the expression that are tokenised.
    private const int Reach = 160;

    // "could" is left out: as often the past of "can" ("could not be located Wednesday") as a future.
    private static readonly FrozenSet<string> Modals = new[]
    {
        "will", "shall", "won't", "would", "wouldn't", "must", "should", "may", "might", "can",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlanWords = new[]
    {
        "plans", "plan", "planned", "planning", "scheduled", "intends", "expects", "expected", "upcoming", "tomorrow", "aims", "next",
        "payable", "effective", "expire", "expires", "until",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "be", "been", "being", "is", "are", "was", "were", "get", "got",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "some", "any", "no",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastAuxiliaries = new[]
    {
        "was", "were", "had", "been",
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
        "shot", "hit", "cut", "quit", "threw", "grew", "knew", "sought", "taught", "caught", "felt", "heard",
        "meant", "built", "spent", "lent", "sat", "swore", "wore", "chose", "froze", "hid", "ago", "yesterday", "last",
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
        // Clauses are short: a window around the expression is enough, and keeps long sentences cheap.
        var from = Math.Max(sentence.Start, expression.Start - Reach);
        var to = Math.Min(sentence.End, expression.End + Reach);
        var tokens = Tokens(text, new TextSpan(from, Math.Max(from, to)));
        var first = tokens.FindIndex(t => t.End > expression.Start);
        if (first < 0)
        {
            return ClauseTense.Unknown;
        }

        var last = tokens.FindLastIndex(t => t.Start < expression.End);
        var left = Boundary(tokens, first - 1, -1);
        var right = Boundary(tokens, last + 1, +1);
        var tense = Of(tokens, left + 1, right - 1, first, last);
        if (tense != ClauseTense.Unknown)
        {
            return tense;
        }

        // A fronted or trailing phrase ("Before Christmas, ..."): the clause after it, then the one before.
        var nextRight = Boundary(tokens, right + 1, +1);
        tense = Of(tokens, right + 1, nextRight - 1, first, last);
        if (tense != ClauseTense.Unknown)
        {
            return tense;
        }

        var nextLeft = Boundary(tokens, left - 1, -1);
        tense = Of(tokens, nextLeft + 1, left - 1, first, last);
        return tense != ClauseTense.Unknown ? tense : Of(tokens, 0, tokens.Count - 1, first, last);
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

    /// <summary>
    /// The tense of the verb cue nearest to the expression among tokens [from, to], the expression's
    /// own tokens [skipFrom, skipTo] left out; on a tie the cue before it wins (auxiliaries precede).
    /// </summary>
    private static ClauseTense Of(List<(int Start, int End, string Text)> tokens, int from, int to, int skipFrom, int skipTo)
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, tokens.Count - 1);
        for (var distance = 1; skipFrom - distance >= from || skipTo + distance <= to; distance++)
        {
            foreach (var i in new[] { skipFrom - distance, skipTo + distance })
            {
                if (i >= from && i <= to && Cue(tokens, i) is var tense && tense != ClauseTense.Unknown)
                {
                    return tense;
                }
            }
        }

        return ClauseTense.Unknown;
    }

    private static ClauseTense Cue(List<(int Start, int End, string Text)> tokens, int i)
    {
        var w = tokens[i].Text;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Text : "";
        var previous = i > 0 ? tokens[i - 1].Text : "";
        var beforePrevious = i > 1 ? tokens[i - 2].Text : "";
        if (Modals.Contains(w) || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
        {
            // "could have", "would have", "may have": a modal looking back.
            return next.Equals("have", StringComparison.OrdinalIgnoreCase) ? ClauseTense.Past : ClauseTense.Future;
        }

        if ((w.Equals("going", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase))
            && next.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return WasBefore(previous, beforePrevious) ? ClauseTense.Past : ClauseTense.Future;
        }

        if (PlanWords.Contains(w))
        {
            // "had been scheduled to expire Friday" looks back; "is scheduled to" forward.
            return WasBefore(previous, beforePrevious) ? ClauseTense.Past : ClauseTense.Future;
        }

        if (Auxiliaries.Contains(previous) && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || PastWords.Contains(w)))
        {
            // A participle after "be"/"been": its auxiliary (already seen) carries the tense.
            return ClauseTense.Unknown;
        }

        // "a still unspecified date", "the proposed merger": an -ed word after a determiner is an adjective.
        if (Determiners.Contains(previous) || (Determiners.Contains(beforePrevious) && previous is "still" or "yet" or "newly" or "recently"))
        {
            return ClauseTense.Unknown;
        }

        if (PastWords.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(w) && char.IsLower(w[0])))
        {
            return ClauseTense.Past;
        }

        return PresentWords.Contains(w) ? ClauseTense.Present : ClauseTense.Unknown;
    }

    private static bool WasBefore(string previous, string beforePrevious) =>
        PastAuxiliaries.Contains(previous) || PastAuxiliaries.Contains(beforePrevious);

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
