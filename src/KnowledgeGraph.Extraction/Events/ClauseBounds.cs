using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>Where the clause of a trigger starts and ends, by punctuation and clause-opening words.</summary>
internal static class ClauseBounds
{
    /// <summary>Marks no argument search crosses: "Talks ended; Berg left", a quotation, a dash aside.</summary>
    public static readonly FrozenSet<string> Hard = new[]
    {
        ";", ":", "\u2014", "\u2013", "--", "-", "\"", "\u201c", "\u201d",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that open a new clause after the trigger: "met Berg, who ...", "visited Porto before flying on".
    private static readonly FrozenSet<string> RightWords = new[]
    {
        ",", ".", "!", "?", "that", "which", "who", "whom", "whose", "while", "but", "because", "although", "though",
        "before", "after", "when", "since", "until", "unless", "if", "where", "whereas", "said", "says", "told",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Adverbial clause openers before the trigger; "that" is not one, so "announced that he would resign" stays whole.
    public static readonly FrozenSet<string> LeftOpeners = new[]
    {
        "before", "after", "while", "when", "because", "although", "though", "since", "until", "if", "unless", "whereas", "whether",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NewSubjects = new[] { "to", "then", "he", "she", "they", "we", "it", "said" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First token of the clause holding token <paramref name="first"/>: after a comma or hard mark, at an adverbial opener.</summary>
    public static int Start(SentenceContext s, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            var w = s.Lower(k);
            if (w == "," || Hard.Contains(w))
            {
                return k + 1;
            }

            if (LeftOpeners.Contains(w))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>Last token of the clause that goes on after token <paramref name="last"/>.</summary>
    public static int End(SentenceContext s, int last, bool toEndsClause)
    {
        for (var k = last + 1; k < s.Tokens.Count; k++)
        {
            var w = s.Lower(k);
            if (Hard.Contains(w) || RightWords.Contains(w) || (toEndsClause && w == "to")
                || (w == "and" && NewSubjects.Contains(s.Lower(k + 1))))
            {
                return k - 1;
            }
        }

        return s.Tokens.Count - 1;
    }
}
