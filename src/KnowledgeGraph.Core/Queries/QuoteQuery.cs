namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Which quotes to find: by speaker or addressee (name or alias), about an entity or words, containing
/// words (full-text), said within [From, To]. Every given criterion must hold. At most <paramref name="Limit"/> quotes (all when null).
/// </summary>
public sealed record QuoteQuery(
    string? Speaker = null,
    string? Addressee = null,
    string? About = null,
    string? Text = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Limit = null);
