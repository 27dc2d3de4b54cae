using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A partial quote inside reported speech belongs to the subject of the speech verb that governs it:
/// 'Ruiz warned that the plan "will fail the poorest"', 'He said the mayor sounded "tired"'.
/// A one- or two-word quote needs the verb before it; a longer one may take a verb after it
/// ('called it "a betrayal of voters", Ruiz said').
/// </summary>
internal sealed class ReportedSpeechSubjectSieve : IAttributionSieve
{
    private const int ScareQuoteMaxWords = 2;

    public string Name => "reported-speech-subject";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.IsDirect || quote.IsTitleCase)
        {
            return null;
        }

        var text = context.Text;
        var sentence = context.Analysis.SentenceAt(quote.Outer.Start)?.Span ?? quote.Paragraph.Span;
        var end = Math.Max(context.SuffixEnd(quote), Math.Min(sentence.End, quote.Paragraph.Span.End));
        var before = SpeechCue.VerbsIn(text, sentence.Start, quote.Outer.Start).Where(v => !context.IsInsideQuote(v.Span)).Reverse();
        foreach (var verb in before)
        {
            if (Governing(context, sentence, verb) is { } speaker)
            {
                var (addressee, _) = SpeakerVerbAfterQuoteSieve.Addressee(context, verb, quote.Outer.Start);
                return new Attribution(speaker.EntityId, addressee, Name, SpeechCue.Cover(speaker.Span, verb.Span));
            }
        }

        if (quote.WordCount <= ScareQuoteMaxWords)
        {
            return null;
        }

        foreach (var verb in SpeechCue.VerbsIn(text, quote.Outer.End, end).Where(v => !context.IsInsideQuote(v.Span)))
        {
            if (Governing(context, sentence, verb) is { } speaker)
            {
                return new Attribution(speaker.EntityId, null, Name + "-after", SpeechCue.Cover(speaker.Span, verb.Span));
            }
        }

        return null;
    }

    /// <summary>"Ruiz said" -> Ruiz; "..., saying" or "and said" -> the subject of the main clause.</summary>
    private static SpeakerMatch? Governing(AttributionContext context, TextSpan sentence, PhraseToken verb)
    {
        var text = context.Text;
        if (PhraseReader.WordBefore(text, verb.Span.Start, sentence.Start) is { } w && (SpeechCue.IsPronoun(w.Text) || w.Text is "is" or "was" or "were" or "are" or "be" or "been"))
        {
            return null;
        }

        return SpeechVerbs.IsParticiple(verb.Text) || PhraseReader.WordBefore(text, verb.Span.Start, sentence.Start) is { Text: "and" }
            ? context.Speakers.SubjectOf(new TextSpan(sentence.Start, verb.Span.Start), verb.Span.Start)
            : context.Speakers.Before(verb.Span.Start, sentence.Start);
    }
}
