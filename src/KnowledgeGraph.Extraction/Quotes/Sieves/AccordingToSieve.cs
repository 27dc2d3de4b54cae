using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// 'According to Ruiz, "the plan ..."' / '"Swift, coordinated action" is coming, according to Ruiz.':
/// the named source of the sentence the quote stands in, or the body of its document or unnamed source
/// ("according to a company statement", "according to a Harbour Board spokesman").
/// </summary>
internal sealed partial class AccordingToSieve : IAttributionSieve
{
    // 'The "pelmeni" were excellent, according to Ruiz.': a one- or two-word quote there is the writer's scare quote.
    private const int ScareQuoteMaxWords = 2;

    public string Name => "according-to";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        // 'in the "Pork - The Other White Meat" campaign, according to the board': a title-case partial quote is a name.
        if (!quote.IsDirect && (quote.WordCount <= ScareQuoteMaxWords || quote.IsTitleCase))
        {
            return null;
        }

        var text = context.Text;
        var sentence = context.Analysis.SentenceAt(quote.Outer.Start)?.Span ?? quote.Paragraph.Span;
        var end = Math.Min(Math.Max(sentence.End, quote.Outer.End), quote.Paragraph.Span.End);
        for (var m = AccordingTo().Match(text, sentence.Start, end - sentence.Start); m.Success; m = m.NextMatch())
        {
            if (context.IsInsideQuote(m.Index))
            {
                continue;
            }

            var phraseEnd = text.IndexOfAny([',', '.', ';'], m.Index + m.Length, end - m.Index - m.Length);
            var limit = phraseEnd < 0 ? end : phraseEnd;
            if (context.Speakers.After(m.Index + m.Length, limit) is { } speaker)
            {
                return new Attribution(speaker.EntityId, null, Name, new TextSpan(m.Index, limit));
            }

            // '"...," according to a company statement.': the body its document or unnamed source speaks for.
            if (context.Affiliations.Of(m.Index + m.Length, limit) is { } body)
            {
                return new Attribution(body.EntityId, null, SpeakerVerbAfterQuoteSieve.AffiliatedSourceRule, new TextSpan(m.Index, limit));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b[Aa]ccording\s+to\b")]
    private static partial Regex AccordingTo();
}
