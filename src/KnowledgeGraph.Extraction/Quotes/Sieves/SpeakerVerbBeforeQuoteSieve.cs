using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// The attribution that introduces the quote: 'Ana Ruiz said: "..."', 'Kim told Putin: "..."',
/// 'The ministry said, "..."', 'Ruiz said "We ..."'. The verb must be the last one before the colon or comma.
/// </summary>
internal sealed class SpeakerVerbBeforeQuoteSieve : IAttributionSieve
{
    private const int MaxWordsVerbToMark = 8;

    public string Name => "speaker-verb-before-quote";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        var text = context.Text;
        var start = context.PrefixStart(quote);
        var prefix = text.AsSpan(start, quote.Outer.Start - start).TrimEnd();
        if (prefix.IsEmpty && FrameEndingInAbbreviation(quote, context) is { } frameStart)
        {
            start = frameStart;
            prefix = text.AsSpan(start, quote.Outer.Start - start).TrimEnd();
        }

        var afterAbbreviation = EndsWithAbbreviation(prefix) && char.IsUpper(text[quote.Content.Start]);

        if (prefix.IsEmpty || !(prefix[^1] is ':' or ',' || quote.AfterSpeechVerb || afterAbbreviation))
        {
            return null;
        }

        var markEnd = prefix[^1] is ':' or ',' ? start + prefix.Length - 1 : start + prefix.Length;
        var verbs = SpeechCue.VerbsIn(text, start, markEnd).ToList();
        if (verbs.Count == 0)
        {
            return null;
        }

        var verb = verbs[^1];
        if (CountWords(text, verb.Span.End, markEnd) > MaxWordsVerbToMark || afterAbbreviation && !SpeechCue.TailIsAdverbial(text, verb.Span.End, markEnd))
        {
            return null;
        }

        if (PhraseReader.WordBefore(text, verb.Span.Start, start) is { } before && SpeechCue.IsPronoun(before.Text))
        {
            return null;
        }

        // 'Miller said he expects a cut but added, "..."': the subject of the sentence the verb is coordinated with.
        var speaker = context.Speakers.ForVerb(start, verb)
            ?? (SpeechCue.IsCoordinated(text, verb, start) && context.Analysis.SentenceAt(verb.Span.Start) is { } sentence
                && context.Speakers.SubjectOf(new TextSpan(sentence.Span.Start, verb.Span.Start), verb.Span.Start) is { Type: EntityType.Person } subject ? subject : null);
        if (speaker is null && SpeechVerbs.IsParticiple(verb.Text) && SpeakerOfQuoteBefore(quote, context, start) is { } earlier)
        {
            // '"A," said Ana Ruiz, a banker, adding, "B."': the speaker of the first quote goes on.
            return earlier with { Rule = Name, Cue = verb.Span };
        }

        if (speaker is null)
        {
            // 'But the harbour official said: "..."': the body an unnamed official speaks for.
            // 'However, a spokesman for Acme told Reuters, "..."': the description may follow an opening phrase.
            return (context.Affiliations.Of(start, verb.Span.Start) ?? context.Affiliations.Of(SourcePhrase.Start(text, start, verb.Span.Start), verb.Span.Start)) is { } body
                ? new Attribution(body.EntityId, null, SpeakerVerbAfterQuoteSieve.AffiliatedSourceRule, new TextSpan(start, verb.Span.End))
                : null;
        }

        var (addressee, _) = SpeakerVerbAfterQuoteSieve.Addressee(context, verb, markEnd);
        return new Attribution(speaker.EntityId, addressee, Name, SpeechCue.Cover(speaker.Span, verb.Span));
    }

    /// <summary>
    /// 'Ruiz said in an interview in the U.S. "We ..."': the segmenter ended a sentence at the abbreviation's dot, so the
    /// quote seems to open a sentence; the sentence before, in the same paragraph, is its frame.
    /// </summary>
    private static int? FrameEndingInAbbreviation(QuoteCandidate quote, AttributionContext context)
    {
        var text = context.Text;
        var k = quote.Outer.Start - 1;
        while (k > quote.Paragraph.Span.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k > quote.Paragraph.Span.Start && EndsWithAbbreviation(text.AsSpan(quote.Paragraph.Span.Start, k + 1 - quote.Paragraph.Span.Start))
            && context.Analysis.SentenceAt(k) is { } sentence && sentence.Span.Start >= quote.Paragraph.Span.Start
            ? sentence.Span.Start
            : null;
    }

    // "U.S.", "U.K.": a dotted capital abbreviation, not a full stop.
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> prefix) =>
        prefix.Length >= 4 && prefix[^1] == '.' && char.IsUpper(prefix[^2]) && prefix[^3] == '.' && char.IsUpper(prefix[^4]);

    /// <summary>The attribution of the quote that ends where this quote's prefix starts, in the same sentence.</summary>
    private static Attribution? SpeakerOfQuoteBefore(QuoteCandidate quote, AttributionContext context, int prefixStart) =>
        context.Previous(quote) is { } previous && previous.Outer.End == prefixStart && context.DecidedFor(previous) is { SpeakerId: not null } decided
            ? decided
            : null;

    private static int CountWords(string text, int from, int to) =>
        text.AsSpan(from, Math.Max(0, to - from)).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
