using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Finds speech verbs around a quote and checks what may follow an attribution.</summary>
internal static class SpeechCue
{
    /// <summary>Words that may start what follows "X said" and still leave it an attribution: "said on Tuesday", "added, smiling".</summary>
    private static readonly FrozenSet<string> TailStarters = new[]
    {
        "during", "in", "on", "at", "after", "before", "when", "while", "as", "last", "this", "earlier", "later",
        "yesterday", "today", "from", "via", "by", "afterwards", "outside", "inside", "later", "again", "also",
        "late", "early", "shortly", "recently", "then", "of", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Speech verbs in [from, to), in text order, at most <paramref name="maxWords"/> words in.</summary>
    // "the agency continued to monitor ...": "continue to" goes on doing, it does not speak.
    private static bool IsAspectual(string text, PhraseToken verb) =>
        verb.Text is "continued" or "continues" or "continue" && PhraseReader.WordAfter(text, verb.Span.End, Math.Min(text.Length, verb.Span.End + 5)) is { Text: "to" };

    public static IEnumerable<PhraseToken> VerbsIn(string text, int from, int to, int maxWords = int.MaxValue)
    {
        var words = 0;
        var pos = from;
        while (pos < to && words < maxWords)
        {
            while (pos < to && !char.IsLetter(text[pos]))
            {
                pos++;
            }

            if (pos >= to)
            {
                yield break;
            }

            var w = PhraseReader.WordAfter(text, pos, to);
            if (w is null)
            {
                yield break;
            }

            words++;
            if (!w.Value.IsCapitalised && (SpeechVerbs.IsSpeechVerb(w.Value.Text) || SpeechVerbs.FramesQuoteOnly(text, w.Value)) && !AfterDeterminer(text, w.Value, from) && !IsAspectual(text, w.Value))
            {
                yield return w.Value;
            }

            pos = Math.Max(w.Value.Span.End, pos + 1);
        }
    }

    /// <summary>"... and said", "but added", "and then added", "but also said": a verb joined to the clause before it.</summary>
    public static bool IsCoordinated(string text, PhraseToken verb, int start)
    {
        var before = PhraseReader.WordBefore(text, verb.Span.Start, start);
        if (before is { Text: "then" or "also" or "later" } adverb)
        {
            before = PhraseReader.WordBefore(text, adverb.Span.Start, start);
        }

        return before is { Text: "and" or "but" };
    }

    // "a warning", "his notes", "the claims": nouns, not verbs.
    private static bool AfterDeterminer(string text, PhraseToken word, int from) =>
        PhraseReader.WordBefore(text, word.Span.Start, from) is { Text: "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "this" or "that" or "these" or "those" };

    /// <summary>True when the quote's own punctuation hands over to an attribution: a comma, "?", "!" or a dash before the closing mark.</summary>
    public static bool AttributionExpected(string text, QuoteCandidate quote)
    {
        var k = quote.Outer.End - 2;
        while (k > quote.Outer.Start && (char.IsWhiteSpace(text[k]) || text[k] is '\'' or '\u2019'))
        {
            k--;
        }

        var closedWith = k > quote.Outer.Start ? text[k] : ' ';
        var next = quote.Outer.End < text.Length ? text[quote.Outer.End] : ' ';
        return closedWith is ',' or '?' or '!' or '\u2014' or '\u2013' or '-' || next == ',';
    }

    /// <summary>What follows "X said" is empty, a comma phrase or an adverbial: not a new clause of its own.</summary>
    public static bool TailIsAdverbial(string text, int from, int limit)
    {
        var rest = text.AsSpan(from, Math.Max(0, limit - from)).Trim();
        if (rest.IsEmpty || rest[0] is ',' or '(' or '\u2014' or '-')
        {
            return true;
        }

        var w = PhraseReader.WordAfter(text, from, limit);
        return w is { } word && TailStarters.Contains(word.Text) && !rest.Contains(" that ", StringComparison.Ordinal);
    }

    public static bool IsPronoun(string word) => word is "he" or "she" or "it" or "He" or "She" or "It";

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}
