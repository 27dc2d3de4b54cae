using System.CommandLine;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest FILES... [--db PATH] [--published D] [--jobs N] [--stats]</c>: articles into the SQLite store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Inputs();
        var db = CommonOptions.Database();
        var published = CommonOptions.Published();
        var indirect = CommonOptions.Indirect();
        var maxArticle = CommonOptions.MaxArticleMegabytes();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Articles extracted at once (default: the number of cores); the store is the same whatever the number",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1");
            }
        });
        var stats = new Option<bool>("--stats") { Description = "Print MB/s, articles/s, peak memory, store size and each stage's share of the time" };
        var command = new Command("ingest", "Read articles, extract the graph and store it in a SQLite file. Ingesting the same article twice changes nothing.\n\nExample:\n  kg ingest articles/ --db news.db\n  kg ingest archive.jsonl --db news.db --jobs 2 --stats")
        {
            files, db, published, maxArticle, indirect, jobs, stats,
        };
        command.SetAction(result =>
        {
            var extractor = new CorpusExtractor(new ArticleLoader(CommonOptions.ReadOptionsOf(result.GetValue(published), result.GetValue(maxArticle))), Pipeline.CreateDefault(new QuoteOptions { IncludeIndirect = result.GetValue(indirect) }));
            var inputs = extractor.Resolve(result.GetValue(files)!);
            var path = result.GetValue(db)!;
            IngestSummary summary;
            using (var store = SqliteGraphStore.Open(path))
            {
                summary = Run(new CorpusIngestor(extractor, store, result.GetValue(jobs)), inputs);
            }

            CommonOptions.ReportErrors(summary.Errors);
            Console.WriteLine(summary.ToString());
            if (result.GetValue(stats) && summary.Timing is { } timing)
            {
                // Measured after the store is closed, when the write-ahead log is folded into the file.
                Console.WriteLine((timing with { StoreBytes = StoreBytes(path) }).ToString());
            }

            return summary.Errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Shows a progress bar on a terminal; stays quiet when output is redirected.</summary>
    internal static IngestSummary Run(CorpusIngestor ingestor, ResolvedInputs inputs)
    {
        if (Console.IsOutputRedirected || inputs.Files.Count < 2)
        {
            return ingestor.Run(inputs);
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context =>
            {
                var task = context.AddTask("Ingesting", maxValue: inputs.Files.Count);
                return ingestor.Run(inputs, source =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(source));
                    task.Increment(1);
                });
            });
    }

    private static long StoreBytes(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
