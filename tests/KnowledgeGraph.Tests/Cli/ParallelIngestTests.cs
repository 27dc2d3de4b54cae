using System.Text;
using System.Text.Json;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>
/// The parallel ingest: whatever the number of jobs, the store holds the same rows with the same ids,
/// a bad line or a failing article is named by file and line, and the others are stored.
/// </summary>
public sealed class ParallelIngestTests : IDisposable
{
    // Our own invented wire copy; the same people, bodies and places recur across articles so that
    // the order in which articles reach the store would show in names, aliases and evidence.
    private static readonly string[] Articles =
    [
        "Port Talks Resume\n\nVALPARAISO, March 3, 2025 - Mayor Elena Duarte met Transport Minister Tomas Rivas in Valparaiso on Monday to discuss the harbour expansion. \"We need the cranes by summer,\" Duarte said.",
        "Harbour Authority Names Chief\n\nLISBON, March 4, 2025 - The Lisbon Harbour Authority appointed Marta Vieira as its chief executive on Tuesday, the authority said in a statement.",
        "Minister Visits Shipyard\n\nGDANSK, March 5, 2025 - Transport Minister Tomas Rivas visited the Gdansk shipyard on Wednesday. Rivas said the new ferries would sail next year.",
        "Duarte Re-elected\n\nVALPARAISO, March 9, 2025 - Elena Duarte was re-elected mayor of Valparaiso on Sunday with 58 percent of the vote, the electoral office said.",
        "Ferry Deal Signed\n\nOSLO, March 10, 2025 - Norway and Chile signed a ferry construction deal in Oslo on Monday. \"This is a good day for both our ports,\" Rivas told reporters.",
        "Strike Ends at Port\n\nLISBON, March 11, 2025 - Dock workers ended a three-day strike at the port of Lisbon on Tuesday, Marta Vieira said.",
        "Mayor Warns on Budget\n\nVALPARAISO, March 12, 2025 - Mayor Duarte warned on Wednesday that the harbour budget would run out in June unless the government stepped in.",
        "Rivas Resigns\n\nSANTIAGO, March 14, 2025 - Transport Minister Tomas Rivas resigned on Friday, two weeks after he visited Gdansk, the presidency said.",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("kg-parallel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void The_store_exported_as_graph_json_is_the_same_with_one_job_and_with_many(int jobs)
    {
        var inputs = WriteCorpus();

        var one = IngestAndExport(inputs, jobs: 1, "one.db");
        var many = IngestAndExport(inputs, jobs, $"many-{jobs}.db");

        Assert.Contains("\"ent_", one, StringComparison.Ordinal);
        Assert.Equal(one, many);
    }

    [SharedDataFact]
    public void A_slice_of_the_Reuters_corpus_gives_the_same_store_with_one_job_and_with_four()
    {
        var slice = Path.Combine(_dir, "reuters-slice.jsonl");
        File.WriteAllLines(slice, File.ReadLines(SharedData.File("corpus", "reuters21578.jsonl")).Take(400));

        var one = IngestAndExport([slice], jobs: 1, "one.db");
        var four = IngestAndExport([slice], jobs: 4, "four.db");

        Assert.Equal(400, JsonDocument.Parse(one).RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(one, four);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_bad_line_is_named_by_file_and_line_and_the_other_lines_are_stored(int jobs)
    {
        var path = Path.Combine(_dir, "wire.jsonl");
        File.WriteAllLines(path, [Line("a1", Articles[0]), "{\"id\": \"a2\", \"title\": 7", Line("a3", Articles[2]), "", Line("a5", Articles[3])]);

        using var store = SqliteGraphStore.Open(Path.Combine(_dir, "bad.db"));
        var summary = Ingestor(store, jobs).Run(Resolve([path]));

        var error = Assert.Single(summary.Errors);
        Assert.Equal(path, error.Source);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, summary.Written.Added);
        Assert.Equal(3, summary.Store.Documents);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_article_a_stage_fails_on_is_named_by_file_and_line_and_the_run_goes_on(int jobs)
    {
        var path = Path.Combine(_dir, "wire.jsonl");
        File.WriteAllLines(path, [Line("b1", Articles[0]), Line("b2", "Breaking: " + FailingStage.Marker + " in the newsroom."), Line("b3", Articles[1])]);
        var pipeline = new PipelineBuilder().UseSegmentation().Use(new FailingStage()).UseEntities().Build();

        using var store = SqliteGraphStore.Open(Path.Combine(_dir, "failing.db"));
        var extractor = new CorpusExtractor(new ArticleLoader(new ReadOptions()), pipeline);
        var summary = new CorpusIngestor(extractor, store, jobs).Run(extractor.Resolve([path]));

        var error = Assert.Single(summary.Errors);
        Assert.Equal($"{path}:2", error.ToString()[..(path.Length + 2)]);
        Assert.Contains("'b2'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, summary.Store.Documents);
    }

    [Fact]
    public void The_stats_count_every_stored_article_and_name_every_stage_in_pipeline_order()
    {
        var inputs = WriteCorpus();

        using var store = SqliteGraphStore.Open(Path.Combine(_dir, "stats.db"));
        var summary = Ingestor(store, jobs: 2).Run(Resolve(inputs));

        var stats = summary.Timing!;
        Assert.Equal(Articles.Length, stats.Articles);
        Assert.Equal(Articles.Sum(a => (long)a.Length), stats.TextCharacters);
        Assert.Equal(Pipeline.CreateDefault().StageNames, stats.Stages.Select(s => s.Key));
        Assert.True(stats.PeakWorkingSetBytes > 0);
        var printed = stats.ToString();
        foreach (var row in new[] { "reading", "graph merge", "store writes", "MB/s", "articles/s", "peak-working-set" })
        {
            Assert.Contains(row, printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ingesting_again_with_more_jobs_changes_nothing()
    {
        var inputs = WriteCorpus();
        using var store = SqliteGraphStore.Open(Path.Combine(_dir, "again.db"));
        Ingestor(store, jobs: 1).Run(Resolve(inputs));

        var again = Ingestor(store, jobs: 4).Run(Resolve(inputs));

        Assert.Equal(0, again.Written.Added);
        Assert.Equal(Articles.Length, again.Written.Unchanged);
    }

    private static string Line(string id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });

    // Half the articles as JSON lines, the rest as text files, so both readers feed the same run.
    private string[] WriteCorpus()
    {
        var jsonl = Path.Combine(_dir, "wire.jsonl");
        File.WriteAllLines(jsonl, Articles.Take(5).Select((a, i) => Line($"w{i}", a)), Encoding.UTF8);
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "texts")).FullName;
        for (var i = 5; i < Articles.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"t{i}.txt"), Articles[i]);
        }

        return [jsonl, folder];
    }

    private string IngestAndExport(string[] inputs, int jobs, string name)
    {
        using var store = SqliteGraphStore.Open(Path.Combine(_dir, name));
        var summary = Ingestor(store, jobs).Run(Resolve(inputs));
        Assert.Empty(summary.Errors);
        return GraphJsonWriter.WriteToString(store.LoadGraph());
    }

    private static CorpusIngestor Ingestor(SqliteGraphStore store, int jobs) =>
        new(new CorpusExtractor(new ArticleLoader(new ReadOptions()), Pipeline.CreateDefault()), store, jobs);

    private static ResolvedInputs Resolve(string[] inputs) =>
        new CorpusExtractor(new ArticleLoader(new ReadOptions()), Pipeline.CreateDefault()).Resolve(inputs);

    /// <summary>A stage with a defect that shows on one article only.</summary>
    private sealed class FailingStage : IExtractionStage
    {
        public const string Marker = "UNPARSEABLE-MARKER";

        public string Name => "failing";

        public void Run(DocumentAnalysis analysis)
        {
            if (analysis.Text.Contains(Marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a defect for the test");
            }
        }
    }
}
