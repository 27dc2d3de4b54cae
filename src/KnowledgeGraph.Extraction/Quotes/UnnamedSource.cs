using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>The subject of a speech verb that names no one: a role or source noun with a determiner ("one banker said").</summary>
internal static class UnnamedSource
{
    /// <summary>
    /// "the source said", "one banker said", "Another trade source noted", "a European banker said": a speech verb whose
    /// subject is a role with no name (a capitalised word in it names no person); the subject's span.
    /// </summary>
    public static TextSpan? Before(AttributionContext context, int start, int end)
    {
        var text = context.Text;
        foreach (var verb in SpeechCue.VerbsIn(text, start, end).Where(v => !context.IsInsideQuote(v.Span)))
        {
            // "quoted one official as saying": the official speaks.
            var verbStart = verb.Span.Start;
            if (SpeechVerbs.IsParticiple(verb.Text))
            {
                if (PhraseReader.WordBefore(text, verbStart, start) is not { Text: "as" } asWord)
                {
                    continue;
                }

                verbStart = asWord.Span.Start;
            }

            verbStart = BeforePlace(context, verbStart, start);

            // '"...," said a director at one merchant bank.': the source after the verb.
            if (SourcePhrase.AfterVerb(text, verb, end) is { } after)
            {
                return after;
            }

            // "A spokesman for the bank said": the source before the body it speaks for.
            if (SourceForBody(text, verbStart, start) is { } forBody)
            {
                return forBody;
            }

            if (PhraseReader.WordBefore(text, verbStart, start) is not { IsCapitalised: false } noun
                || SpeechCue.IsPronoun(noun.Text) || !text.AsSpan(noun.Span.End, verbStart - noun.Span.End).Trim().IsEmpty)
            {
                continue;
            }

            // "a senior central bank official": up to five words between the determiner and the noun.
            var pos = noun.Span.Start;
            for (var i = 0; i < 5 && PhraseReader.WordBefore(text, pos, start) is { } w && text.AsSpan(w.Span.End, pos - w.Span.End).Trim().IsEmpty; i++)
            {
                var sentenceInitial = PhraseReader.WordBefore(text, w.Span.Start, start) is null;
                if (w.IsCapitalised && !(sentenceInitial && NameLexicon.IsDeterminer(w.Text)) && (!NameLexicon.IsOriginAdjective(w.Text) || context.Analysis.MentionsIn(w.Span).Any(m => m.Type == EntityType.Person)))
                {
                    break;
                }

                if (NameLexicon.IsDeterminer(w.Text))
                {
                    return NameLexicon.IsSourceNoun(noun.Text) ? new TextSpan(w.Span.Start, verbStart) : null;
                }

                pos = w.Span.Start;
            }
        }

        return null;
    }

    private static TextSpan? SourceForBody(string text, int verbStart, int start)
    {
        if (PhraseReader.WordBefore(text, verbStart, start) is not { } body || !NameLexicon.DefiniteOrganisationHeads.Contains(body.Text)
            || PhraseReader.WordBefore(text, body.Span.Start, start) is not { Text: "the" } the
            || PhraseReader.WordBefore(text, the.Span.Start, start) is not { Text: "for" or "of" or "at" or "from" } link
            || PhraseReader.WordBefore(text, link.Span.Start, start) is not { } noun || !NameLexicon.IsSourceNoun(noun.Text)
            || PhraseReader.WordBefore(text, noun.Span.Start, start) is not { } determiner || !NameLexicon.IsDeterminer(determiner.Text))
        {
            return null;
        }

        return new TextSpan(determiner.Span.Start, verbStart);
    }

    /// <summary>"a Harbour Board official in New York said": the position before "in" and the place where the source sits, else <paramref name="pos"/>.</summary>
    public static int BeforePlace(AttributionContext context, int pos, int start) =>
        PhraseReader.WordBefore(context.Text, pos, start) is { IsCapitalised: true } placeWord
        && context.Analysis.Mentions.FirstOrDefault(m => m.Type == EntityType.Location && m.Span.End == placeWord.Span.End && m.Span.Start >= start) is { } place
        && PhraseReader.WordBefore(context.Text, place.Span.Start, start) is { Text: "in" } inWord
            ? inWord.Span.Start
            : pos;
}
