namespace KnowledgeGraph.Core.Queries;

/// <summary>The questions a store answers for the query layer and the command line.</summary>
public interface IGraphQueries
{
    /// <summary>Events ordered by the start of their time interval; undated events last (and left out when a date range is given).</summary>
    IReadOnlyList<TimelineEntry> Timeline(TimelineQuery query);

    /// <summary>Quotes in the order they were said, then in text order.</summary>
    IReadOnlyList<QuoteHit> Quotes(QuoteQuery query);

    StoreStats Stats();
}
