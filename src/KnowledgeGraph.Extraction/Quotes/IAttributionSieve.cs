namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>One attribution rule. Sieves are tried in order; the first that answers decides, and its name is the evidence.</summary>
internal interface IAttributionSieve
{
    string Name { get; }

    Attribution? Attribute(QuoteCandidate quote, AttributionContext context);
}
