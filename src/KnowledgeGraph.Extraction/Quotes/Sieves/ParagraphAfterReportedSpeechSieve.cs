using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A paragraph that is nothing but a quote, after a paragraph of reported speech with no quote of its
/// own, goes on with that speech's speaker: 'Ruiz said the port would reopen.' / '"We expect ships by June."'.
/// Only the last sentence of the paragraph before counts, and its speaker must be named or resolved.
/// </summary>
internal sealed class ParagraphAfterReportedSpeechSieve : IAttributionSieve
{
    public string Name => "paragraph-after-reported-speech";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        var paragraph = quote.Paragraph;
        if (!quote.IsDirect || quote.ContinuesPrevious || quote.Outer.Start != paragraph.Span.Start || paragraph.Index == 0)
        {
            return null;
        }

        // The quote is the whole paragraph: no attribution of its own that an earlier sieve could not read.
        var text = context.Text;
        if (!text.AsSpan(quote.Outer.End, paragraph.Span.End - quote.Outer.End).Trim().IsEmpty)
        {
            return null;
        }

        var previous = context.Analysis.Paragraphs[paragraph.Index - 1];
        if (previous.Kind != ParagraphKind.Body || context.Candidates.Any(c => c.Paragraph.Index == previous.Index && c.IsDirect))
        {
            return null;
        }

        var sentence = context.Analysis.Sentences.LastOrDefault(s => s.ParagraphIndex == previous.Index);
        if (sentence is null)
        {
            return null;
        }

        // 'According to Ruiz, the swings have gone on for years,' then a quote paragraph: Ruiz goes on.
        const string accordingTo = "According to ";
        if (text.AsSpan(sentence.Span.Start).StartsWith(accordingTo, StringComparison.Ordinal) && text.IndexOf(',', sentence.Span.Start, sentence.Span.Length) is var comma and > 0
            && context.Speakers.After(sentence.Span.Start + accordingTo.Length - 1, comma) is { Type: Core.EntityType.Person } source)
        {
            return new Attribution(source.EntityId, null, Name, new Core.TextSpan(sentence.Span.Start, comma));
        }

        if (SpeechCue.VerbsIn(text, sentence.Span.Start, sentence.Span.End).FirstOrDefault() is not { Text: not null } verb)
        {
            return null;
        }

        return ReportedSpeechSubjectSieve.Governing(context, sentence.Span, verb, quote) is { Type: Core.EntityType.Person or Core.EntityType.Organization } speaker
            ? new Attribution(speaker.EntityId, null, Name, SpeechCue.Cover(speaker.Span, verb.Span))
            : null;
    }
}
