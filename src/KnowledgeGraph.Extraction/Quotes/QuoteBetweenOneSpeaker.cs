namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// A paragraph that is only a quote, with no speaker found, between a paragraph whose subject is a
/// person and a quote paragraph that person is given: 'Ruiz accused the union of delay.' /
/// '"They are not serious."' / '"We will break off the talks," Ruiz said.' The middle quote is Ruiz's too.
/// </summary>
internal static class QuoteBetweenOneSpeaker
{
    public const string Rule = "quote-between-one-speaker";

    public static void Attribute(AttributionContext context)
    {
        var candidates = context.Candidates;
        for (var i = 0; i + 1 < candidates.Count; i++)
        {
            var quote = candidates[i];
            var next = candidates[i + 1];
            if (context.DecidedFor(quote) is not null || !IsWholeParagraph(context, quote) || next.Paragraph.Index != quote.Paragraph.Index + 1
                || context.DecidedFor(next) is not { SpeakerId: { } speaker } || quote.Paragraph.Index == 0)
            {
                continue;
            }

            var previous = context.Analysis.Paragraphs[quote.Paragraph.Index - 1];
            var first = context.Analysis.Sentences.FirstOrDefault(s => s.ParagraphIndex == previous.Index);
            if (first is null || context.Candidates.Any(c => c.Paragraph.Index == previous.Index))
            {
                continue;
            }

            if (context.Speakers.SubjectOf(first.Span, first.Span.End) is { } subject && subject.EntityId == speaker)
            {
                context.Decide(quote, new Attribution(speaker, null, Rule, subject.Span));
            }
        }
    }

    private static bool IsWholeParagraph(AttributionContext context, QuoteCandidate quote) =>
        quote.Outer.Start == quote.Paragraph.Span.Start && !quote.LeftOpen
        && context.Text.AsSpan(quote.Outer.End, quote.Paragraph.Span.End - quote.Outer.End).Trim().IsEmpty;
}
