namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// The questions a store answers for the query layer, the command line and (later) a web front end.
/// Names resolve by entity id, canonical name, alias or a whole word of a name, case-insensitively;
/// a name standing for several entities throws <see cref="AmbiguousNameException"/>; an unknown name gives an empty answer.
/// </summary>
public interface IGraphQueries
{
    /// <summary>What a typed name stands for: nothing, one entity, or candidates.</summary>
    NameResolution Resolve(string name);

    /// <summary>Events ordered by the start of their time interval; undated events last (and left out when a date range is given).</summary>
    IReadOnlyList<TimelineEntry> Timeline(TimelineQuery query);

    /// <summary>Quotes in the order they were said, then in text order.</summary>
    IReadOnlyList<QuoteHit> Quotes(QuoteQuery query);

    /// <summary>The entities around one, through events and quotes; null when the name matches no entity.</summary>
    Neighbourhood? Neighbours(NeighbourQuery query);

    /// <summary>The shortest chains linking two entities; null when either name matches no entity.</summary>
    PathResult? Path(PathQuery query);

    StoreStats Stats();

    StoreOverview Overview(int top = 10);
}
