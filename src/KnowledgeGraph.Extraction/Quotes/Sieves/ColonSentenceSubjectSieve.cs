namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A quote introduced by a colon with no speech verb belongs to the sentence's subject:
/// 'Ruiz signed the guest book in French: "..."', 'The mayor's message was short: "..."' (no person: abstain).
/// </summary>
internal sealed class ColonSentenceSubjectSieve : IAttributionSieve
{
    public string Name => "colon-sentence-subject";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (!quote.AfterColon)
        {
            return null;
        }

        var start = context.PrefixStart(quote);
        var subject = context.Speakers.SubjectOf(new Core.TextSpan(start, quote.Outer.Start), quote.Outer.Start);
        return subject is { Type: Core.EntityType.Person or Core.EntityType.Organization }
            ? new Attribution(subject.EntityId, null, Name, subject.Span)
            : null;
    }
}
