using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg demo [FILES...] [--db PATH]</c>: ingest, then print the timeline and who said what, in one go.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Articles to use (default: samples/)",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => ["samples"],
        };
        var db = new Option<string?>("--db") { Description = "Keep the store in this file (default: a temporary file, deleted afterwards)" };
        var indirect = CommonOptions.Indirect();
        var command = new Command("demo", "Ingest articles into the embedded store, then print the timeline and who said what.\n\nExample:\n  kg demo samples/")
        {
            files, db, indirect,
        };
        command.SetAction(result =>
        {
            var keep = result.GetValue(db);
            var path = keep ?? Path.Combine(Path.GetTempPath(), $"kg-demo-{Environment.ProcessId}.db");
            try
            {
                return Run(result.GetValue(files)!, path, new QuoteOptions { IncludeIndirect = result.GetValue(indirect) });
            }
            finally
            {
                if (keep is null)
                {
                    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                    {
                        File.Delete(file);
                    }
                }
            }
        });
        return command;
    }

    private static int Run(string[] inputs, string path, QuoteOptions quotes)
    {
        var extractor = new CorpusExtractor(new ArticleLoader(new ReadOptions()), Pipeline.CreateDefault(quotes));
        using var store = SqliteGraphStore.Open(path);
        var summary = IngestCommand.Run(new CorpusIngestor(extractor, store), extractor.Resolve(inputs));
        CommonOptions.ReportErrors(summary.Errors);
        Console.WriteLine(summary.ToString());
        Console.WriteLine();
        Console.WriteLine("Timeline");
        Console.Write(TimelineRenderer.Render(store.Timeline(new TimelineQuery()), OutputFormat.Table));
        Console.WriteLine();
        Console.WriteLine("Who said what");
        Console.Write(QuoteRenderer.Render(store.Quotes(new QuoteQuery()), OutputFormat.Table));
        return summary.Errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
