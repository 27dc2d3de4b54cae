using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// BenchmarkDotNet over a fixed slice of the corpus (its first <see cref="SliceSize"/> articles).
/// Stages read what earlier stages found, so each extraction benchmark runs the pipeline up to and
/// including its stage: a stage's own cost is the difference from the row above it.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    public const int SliceSize = 300;

    private static readonly Pipeline ToSegmentation = new PipelineBuilder().UseSegmentation().Build();
    private static readonly Pipeline ToEntities = new PipelineBuilder().UseSegmentation().UseEntities().Build();
    private static readonly Pipeline ToTime = new PipelineBuilder().UseSegmentation().UseEntities().UseTime().Build();
    private static readonly Pipeline ToQuotes = new PipelineBuilder().UseSegmentation().UseEntities().UseTime().UseQuotes().Build();
    private static readonly Pipeline Whole = Pipeline.CreateDefault();

    private string _jsonl = "";
    private List<Document> _documents = [];
    private List<DocumentExtraction> _extractions = [];
    private string _store = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("KG_CORPUS") ?? throw new InvalidOperationException("set KG_CORPUS to the corpus .jsonl");
        _jsonl = string.Join('\n', File.ReadLines(corpus).Take(SliceSize));
        _documents = [.. new JsonLinesReader().Read("slice.jsonl", _jsonl).Documents];
        _extractions = [.. _documents.Select(Whole.Extract)];
    }

    [Benchmark(Description = "reading (.jsonl)")]
    public int Reading() => new JsonLinesReader().Read("slice.jsonl", _jsonl).Documents.Count;

    [Benchmark(Description = "segmentation")]
    public int Segmentation() => Run(ToSegmentation);

    [Benchmark(Description = "+ entities")]
    public int Entities() => Run(ToEntities);

    [Benchmark(Description = "+ time")]
    public int Time() => Run(ToTime);

    [Benchmark(Description = "+ quotes")]
    public int Quotes() => Run(ToQuotes);

    [Benchmark(Baseline = true, Description = "+ events (whole pipeline)")]
    public int Events() => Run(Whole);

    [Benchmark(Description = "graph merge (GraphBuilder)")]
    public int GraphMerge()
    {
        var builder = new GraphBuilder();
        foreach (var extraction in _extractions)
        {
            builder.Add(extraction);
        }

        return builder.Build().Entities.Count;
    }

    [IterationSetup(Target = nameof(StoreWrites))]
    public void NewStore() => _store = Path.Combine(Path.GetTempPath(), $"kg-bench-{Guid.NewGuid():N}.db");

    [Benchmark(Description = "store writes (SQLite)")]
    public int StoreWrites()
    {
        using var store = SqliteGraphStore.Open(_store);
        return store.Write(_extractions).Added;
    }

    [IterationCleanup(Target = nameof(StoreWrites))]
    public void DeleteStore()
    {
        foreach (var file in new[] { _store, _store + "-wal", _store + "-shm" })
        {
            File.Delete(file);
        }
    }

    private int Run(Pipeline pipeline)
    {
        var found = 0;
        foreach (var document in _documents)
        {
            found += pipeline.Analyse(document).Sentences.Count;
        }

        return found;
    }
}
