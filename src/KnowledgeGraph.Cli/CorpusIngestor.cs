using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli;

/// <summary>What an ingest did: articles written, what the store now holds, and the inputs that failed.</summary>
internal sealed record IngestSummary(WriteReport Written, StoreStats Store, IReadOnlyList<InputError> Errors)
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

/// <summary>Extracts inputs and writes them to the store in batches, one transaction per batch.</summary>
internal sealed class CorpusIngestor(CorpusExtractor extractor, SqliteGraphStore store)
{
    // Articles per transaction: big enough to amortise the commit, small enough to lose little on a crash.
    private const int BatchSize = 64;

    public IngestSummary Run(ResolvedInputs inputs, Action<ExtractedInput>? onInput = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var errors = new List<InputError>(inputs.Errors);
        var written = new WriteReport(0, 0, 0);
        var batch = new List<DocumentExtraction>(BatchSize);
        foreach (var input in extractor.Extract(inputs.Files))
        {
            errors.AddRange(input.Errors);
            batch.AddRange(input.Extractions);
            if (batch.Count >= BatchSize)
            {
                written += store.Write(batch);
                batch.Clear();
            }

            onInput?.Invoke(input);
        }

        if (batch.Count > 0)
        {
            written += store.Write(batch);
        }

        return new IngestSummary(written, store.Stats(), errors);
    }
}
