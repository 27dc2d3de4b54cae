using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// "Analysts said", "Union officials say", "Some flight attendants complain": a plural source noun that names no one,
/// the subject of a speech verb. Their words in a partial quote are a quote of no named speaker.
/// </summary>
internal static class UnnamedGroup
{
    // "some flight union officials": modifiers between the start of the phrase and the noun.
    private const int MaxModifiers = 3;

    /// <summary>The span of such a subject before a speech verb in [start, end), or null.</summary>
    public static TextSpan? Before(AttributionContext context, int start, int end)
    {
        var text = context.Text;
        foreach (var verb in SpeechCue.VerbsIn(text, start, end).Where(v => !context.IsInsideQuote(v.Span) && !SpeechVerbs.IsParticiple(v.Text)))
        {
            if (PhraseReader.WordBefore(text, verb.Span.Start, start) is not { } noun
                || !IsPluralSource(noun.Text.ToLowerInvariant()) || !Adjacent(text, noun.Span.End, verb.Span.Start))
            {
                continue;
            }

            // "Analysts said" opening the sentence.
            if (noun.IsCapitalised)
            {
                if (PhraseReader.WordBefore(text, noun.Span.Start, start) is null && !context.Analysis.MentionsIn(noun.Span).Any())
                {
                    return new TextSpan(noun.Span.Start, verb.Span.Start);
                }

                continue;
            }

            if (PhraseStart(context, start, noun.Span.Start) is { } phraseStart)
            {
                return new TextSpan(phraseStart, verb.Span.Start);
            }
        }

        return null;
    }

    private static int? PhraseStart(AttributionContext context, int start, int nounStart)
    {
        var text = context.Text;
        var pos = nounStart;
        for (var i = 0; i <= MaxModifiers; i++)
        {
            // The phrase opens the sentence or follows a comma or "that": "However, analysts said".
            if (PhraseReader.WordBefore(text, pos, start) is not { } w || !Adjacent(text, w.Span.End, pos) || w.Text == "that")
            {
                return pos;
            }

            if (w.Text.ToLowerInvariant() is "some" or "many" or "several" or "most" or "other" or "the" or "two" or "three" or "few")
            {
                return w.Span.Start;
            }

            // "Union officials" opening a sentence is a common noun; "Acme officials" names the body they speak for.
            if (w.IsCapitalised)
            {
                return PhraseReader.WordBefore(text, w.Span.Start, start) is null && !context.Analysis.MentionsIn(w.Span).Any() ? w.Span.Start : null;
            }

            pos = w.Span.Start;
        }

        return null;
    }

    private static bool IsPluralSource(string word) =>
        word.EndsWith("men", StringComparison.Ordinal) ? NameLexicon.IsSourceNoun(word[..^3] + "man")
        : word.Length > 3 && word.EndsWith('s') && NameLexicon.IsSourceNoun(word[..^1]);

    private static bool Adjacent(string text, int from, int to) => text.AsSpan(from, to - from).Trim().IsEmpty;
}
