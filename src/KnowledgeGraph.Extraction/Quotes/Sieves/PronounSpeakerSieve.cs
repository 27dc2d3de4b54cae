using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// '"...," he said.' / '"...," said she.' / 'She added: "..."': the pronoun goes to the most recent
/// person of a compatible gender (see <see cref="PronounResolver"/>, whose rule name is recorded).
/// </summary>
internal sealed class PronounSpeakerSieve : IAttributionSieve
{
    public string Name => "pronoun";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        var cue = After(quote, context) ?? Before(quote, context);
        if (cue is not { } c)
        {
            return null;
        }

        var gender = PronounResolver.GenderOf(c.Pronoun);
        var resolved = context.Pronouns.Resolve(gender, Math.Min(quote.Outer.Start, c.Span.Start), quote);
        if (resolved is not { } r)
        {
            return null;
        }

        context.KnownGenders.TryAdd(r.EntityId, gender);
        return new Attribution(r.EntityId, null, Name + ":" + r.Rule, c.Span);
    }

    private static (string Pronoun, TextSpan Span)? After(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.LeftOpen)
        {
            return null;
        }

        var text = context.Text;
        var limit = context.SuffixEnd(quote);
        var pos = quote.Outer.End;
        while (pos < limit && (char.IsWhiteSpace(text[pos]) || text[pos] is ',' or '\u2014' or '\u2013'))
        {
            pos++;
        }

        if (PhraseReader.WordAfter(text, pos, limit) is not { } first || first.Span.Start != pos)
        {
            return null;
        }

        if (SpeechCue.IsPronoun(first.Text))
        {
            var verb = SpeechCue.VerbsIn(text, first.Span.End, limit, maxWords: 3).FirstOrDefault();
            if (verb.Text is null)
            {
                return null;
            }

            var (_, tailStart) = SpeakerVerbAfterQuoteSieve.Addressee(context, verb, limit);
            var expected = SpeechCue.AttributionExpected(text, quote);
            return expected || SpeechCue.TailIsAdverbial(text, tailStart, limit) ? (first.Text, SpeechCue.Cover(first.Span, verb.Span)) : null;
        }

        if (SpeechVerbs.IsSpeechVerb(first.Text) && PhraseReader.WordAfter(text, first.Span.End, limit) is { } next && SpeechCue.IsPronoun(next.Text))
        {
            return (next.Text, SpeechCue.Cover(first.Span, next.Span));
        }

        return QuotedAsSaying(text, pos, limit);
    }

    // '"...," the radio quoted him as saying.': the object pronoun is the speaker.
    private static (string Pronoun, TextSpan Span)? QuotedAsSaying(string text, int pos, int limit)
    {
        const int maxWords = 6;
        for (var n = 0; n < maxWords && PhraseReader.WordAfter(text, pos, limit) is { } w; n++, pos = w.Span.End)
        {
            if (w.Text != "quoted")
            {
                continue;
            }

            return PhraseReader.WordAfter(text, w.Span.End, limit) is { Text: "him" or "her" } pronoun
                && PhraseReader.WordAfter(text, pronoun.Span.End, limit) is { Text: "as" } asWord
                && PhraseReader.WordAfter(text, asWord.Span.End, limit) is { Text: "saying" } saying
                ? (pronoun.Text == "him" ? "he" : "she", SpeechCue.Cover(w.Span, saying.Span))
                : null;
        }

        return null;
    }

    private static (string Pronoun, TextSpan Span)? Before(QuoteCandidate quote, AttributionContext context)
    {
        var text = context.Text;
        var start = context.PrefixStart(quote);
        var prefix = text.AsSpan(start, quote.Outer.Start - start).TrimEnd();
        if (prefix.IsEmpty || prefix[^1] is not (':' or ',') && !quote.AfterSpeechVerb)
        {
            return null;
        }

        var verb = SpeechCue.VerbsIn(text, start, start + prefix.Length).LastOrDefault();
        if (verb.Text is null)
        {
            return null;
        }

        // 'He welcomed the plan and said, "..."', 'He gave no details but said, "..."', 'He said policy is right, adding, "..."':
        // the pronoun that opens the sentence.
        if ((SpeechCue.IsCoordinated(text, verb, start) || SpeechVerbs.IsParticiple(verb.Text)) && context.Analysis.SentenceAt(quote.Outer.Start) is { } sentence
            && PhraseReader.WordAfter(text, sentence.Span.Start, verb.Span.Start) is { } opener && opener.Span.Start == sentence.Span.Start && SpeechCue.IsPronoun(opener.Text)
            && !context.IsInsideQuote(opener.Span))
        {
            return (opener.Text, SpeechCue.Cover(opener.Span, verb.Span));
        }

        var pos = verb.Span.Start;
        for (var i = 0; i < 3 && PhraseReader.WordBefore(text, pos, start) is { } w; i++)
        {
            if (SpeechCue.IsPronoun(w.Text))
            {
                return (w.Text, SpeechCue.Cover(w.Span, verb.Span));
            }

            if (!NameLexicon.Auxiliaries.Contains(w.Text))
            {
                return null;
            }

            pos = w.Span.Start;
        }

        return null;
    }
}
