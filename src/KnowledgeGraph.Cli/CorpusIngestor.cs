using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli;

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
