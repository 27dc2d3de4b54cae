using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A paragraph that is nothing but a quote, right after a paragraph whose quote was attributed,
/// goes on with the same speaker (news writes one attribution for several quoted paragraphs);
/// so does a paragraph that reopens a quote the previous paragraph left open.
/// </summary>
internal sealed class ContinuedQuoteSieve : IAttributionSieve
{
    // '"...," he told a conference attended by the members of the Nordic trade bloc and their partners.' still hands over.
    private const int MaxWordsAfterPreviousQuote = 25;

    // '"...," Ruiz said of the merger that would create the region's largest port operator. "..."': a long attribution still hands over.
    private const int MaxWordsBetweenQuotesInParagraph = 30;

    // '"a few hundred cars" by June. "By 2026 ..."': the words that may close the earlier quote's sentence.
    private const int MaxWordsWithoutNewSpeaker = 8;

    public string Name => "continues-previous-paragraph";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (!quote.StartsSentence || context.Previous(quote) is not { } previous || context.DecidedFor(previous) is not { SpeakerId: not null } decided)
        {
            return null;
        }

        if (quote.ContinuesPrevious && previous.LeftOpen)
        {
            return decided with { Rule = "multi-paragraph-quote", Cue = quote.Outer };
        }

        var text = context.Text;

        // '"...," she said. "..."': a second quote after the first one's attribution, in the same paragraph.
        if (previous.Paragraph.Index == quote.Paragraph.Index)
        {
            var between = text.AsSpan(previous.Outer.End, quote.Outer.Start - previous.Outer.End).ToString();
            var cueBetween = decided.Cue.Start >= previous.Outer.End && decided.Cue.End <= quote.Outer.Start;

            // 'Ruiz said Acme would sell "a few hundred cars" by June. "By 2026 we hope to sell more."': nothing new in between.
            var nothingBetween = between.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsWithoutNewSpeaker
                && !SpeechCue.VerbsIn(text, previous.Outer.End, quote.Outer.Start).Any()
                && !context.Analysis.Mentions.Any(m => m.Span.Start >= previous.Outer.End && m.Span.End <= quote.Outer.Start && m.Type is EntityType.Person or EntityType.Organization);
            return (cueBetween || nothingBetween) && between.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsBetweenQuotesInParagraph
                && !SpeechCue.VerbsIn(text, quote.Outer.End, context.SuffixEnd(quote)).Any()
                ? decided with { Rule = "continues-same-paragraph", Cue = quote.Outer }
                : null;
        }

        var paragraph = quote.Paragraph.Span;
        if (previous.Paragraph.Index != quote.Paragraph.Index - 1 || quote.Outer.Start != paragraph.Start
            || SpeechCue.VerbsIn(text, quote.Outer.End, paragraph.End).Any() || !previous.IsDirect)
        {
            return null;
        }

        // The earlier quote ends its paragraph, but for its attribution: '"...," Ruiz told Berg.'
        var tail = text.AsSpan(previous.Outer.End, Math.Max(0, previous.Paragraph.Span.End - previous.Outer.End)).ToString();
        if (tail.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsAfterPreviousQuote || tail.Contains('"', StringComparison.Ordinal))
        {
            return null;
        }

        return decided with { Rule = Name, Cue = quote.Outer };
    }
}
