using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A paragraph that is nothing but a quote, after a paragraph of reported speech with no quote of its
/// own, goes on with that speech's speaker: 'Ruiz said the port would reopen.' / '"We expect ships by June."'.
/// Only the last sentence of the paragraph before counts, and its speaker must be named or resolved. The same holds for a
/// quote that ends a paragraph right after such a sentence ('Ruiz said she could not say. "It is up to the board."'), or right
/// after a sentence about a named person ('Ruiz sees slower growth. "Demand is weak."').
/// </summary>
internal sealed class ParagraphAfterReportedSpeechSieve : IAttributionSieve
{
    /// <summary>The rule of a quote that ends its paragraph right after a sentence of reported speech.</summary>
    public const string SentenceRule = "sentence-after-reported-speech";

    /// <summary>The rule of a quote that ends its paragraph right after a sentence about a named person.</summary>
    public const string SubjectRule = "sentence-about-speaker";

    public string Name => "paragraph-after-reported-speech";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        var paragraph = quote.Paragraph;
        if (!quote.IsDirect || quote.ContinuesPrevious)
        {
            return null;
        }

        // The quote ends the paragraph: no attribution of its own that an earlier sieve could not read.
        var text = context.Text;
        if (!text.AsSpan(quote.Outer.End, paragraph.Span.End - quote.Outer.End).Trim().IsEmpty)
        {
            return null;
        }

        var sameParagraph = quote.Outer.Start != paragraph.Span.Start;
        var sentence = sameParagraph ? SentenceBefore(quote, context) : LastOfPreviousParagraph(quote, context);
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

        if (SpeechCue.VerbsIn(text, sentence.Span.Start, sentence.Span.End).FirstOrDefault() is { Text: not null } verb)
        {
            if (ReportedSpeechSubjectSieve.Governing(context, sentence.Span, verb, quote) is { Type: Core.EntityType.Person or Core.EntityType.Organization } speaker)
            {
                return new Attribution(speaker.EntityId, null, sameParagraph ? SentenceRule : Name, SpeechCue.Cover(speaker.Span, verb.Span));
            }

            // '..., the Harbour Department official said.' then a quote paragraph: the official goes on, for his department.
            var sourceStart = SourcePhrase.Start(text, sentence.Span.Start, verb.Span.Start);
            if (context.Affiliations.Of(sourceStart, verb.Span.Start) is { } body)
            {
                return new Attribution(body.EntityId, null, sameParagraph ? SentenceRule : Name, new Core.TextSpan(sourceStart, verb.Span.End));
            }
        }

        // 'Ruiz sees slower growth this year. "Demand is weak."': in the same paragraph, the person the sentence is about goes on.
        return sameParagraph && context.Speakers.SubjectOf(sentence.Span, sentence.Span.End) is { Type: Core.EntityType.Person } subject
            ? new Attribution(subject.EntityId, null, SubjectRule, subject.Span)
            : null;
    }

    private static Sentence? LastOfPreviousParagraph(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.Paragraph.Index == 0)
        {
            return null;
        }

        var previous = context.Analysis.Paragraphs[quote.Paragraph.Index - 1];
        return previous.Kind != ParagraphKind.Body || context.Candidates.Any(c => c.Paragraph.Index == previous.Index && c.IsDirect)
            ? null
            : context.Analysis.Sentences.LastOrDefault(s => s.ParagraphIndex == previous.Index);
    }

    // The sentence of the same paragraph that ends right before the quote opens, when it holds no direct quote.
    private static Sentence? SentenceBefore(QuoteCandidate quote, AttributionContext context)
    {
        var sentence = context.Analysis.Sentences.LastOrDefault(s => s.ParagraphIndex == quote.Paragraph.Index && s.Span.End <= quote.Outer.Start);
        return sentence is null || !context.Text.AsSpan(sentence.Span.End, quote.Outer.Start - sentence.Span.End).Trim().IsEmpty
            || context.Candidates.Any(c => c.IsDirect && c.Outer.Start < sentence.Span.End && c.Outer.End > sentence.Span.Start)
            ? null
            : sentence;
    }
}
