using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli;

/// <summary>What an ingest did: articles written, what the store now holds, the inputs that failed, and where the time went.</summary>
internal sealed record IngestSummary(WriteReport Written, StoreStats Store, IReadOnlyList<InputError> Errors, IngestStats? Timing = null)
{
    public override string ToString()
    {
        var articles = Written.Added + Written.Replaced + Written.Unchanged;
        var line = $"{articles} article(s) read ({Written.Added} new, {Written.Replaced} replaced, {Written.Unchanged} unchanged); " +
                   $"store holds {Store.Documents} articles, {Store.Entities} entities, {Store.Events} events, {Store.Quotes} quotes";
        if (Errors.Count == 0)
        {
            return line + "; no inputs skipped";
        }

        return line + $"; {Errors.Count} problem(s): " + string.Join("; ", Errors.Select(e => e.ToString()));
    }
}
