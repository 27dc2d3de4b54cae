using System.Diagnostics;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The single writer of an ingest: collects extractions in input order, writes them to the store a
/// batch (one transaction) at a time, and keeps the counts and times the summary reports.
/// Articles per transaction: each commit rewrites every index page the batch touched (ids are hashes,
/// so pages are random), hence large batches; a crash loses at most one batch, which a re-run restores.
/// </summary>
internal sealed class BatchWriter(SqliteGraphStore store, IEnumerable<InputError> readErrors, int batchSize = 1024)
{
    private readonly List<DocumentExtraction> _batch = new(batchSize);
    private readonly List<InputError> _errors = [.. readErrors];
    private readonly Dictionary<string, TimeSpan> _stages = new(StringComparer.Ordinal);
    private readonly List<string> _stageOrder = [];
    private WriteReport _written = new(0, 0, 0);
    private TimeSpan _merge;
    private TimeSpan _storeWrites;
    private long _characters;
    private int _articles;

    public void Add(ArticleOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            _errors.Add(error);
        }

        foreach (var (stage, time) in outcome.StageTimes)
        {
            if (!_stages.ContainsKey(stage))
            {
                _stageOrder.Add(stage);
            }

            _stages[stage] = _stages.GetValueOrDefault(stage) + time;
        }

        _merge += outcome.Merge;
        if (outcome.Extraction is { } extraction)
        {
            _articles++;
            _characters += extraction.Document.Text.Length;
            _batch.Add(extraction);
            if (_batch.Count >= batchSize)
            {
                Flush();
            }
        }
    }

    public void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var start = Stopwatch.GetTimestamp();
        _written += store.Write(_batch);
        _storeWrites += Stopwatch.GetElapsedTime(start);
        _batch.Clear();
    }

    public IngestSummary Summary(StoreStats stats, int jobs, TimeSpan wall, TimeSpan reading)
    {
        using var self = Process.GetCurrentProcess();
        var timing = new IngestStats(
            jobs, wall, _articles, _characters, reading,
            [.. _stageOrder.Select(s => new KeyValuePair<string, TimeSpan>(s, _stages[s]))],
            _merge, _storeWrites, self.PeakWorkingSet64, StoreBytes: 0);
        return new IngestSummary(_written, stats, _errors, timing);
    }
}
