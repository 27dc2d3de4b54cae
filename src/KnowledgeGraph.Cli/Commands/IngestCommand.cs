using System.CommandLine;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest FILES... [--db PATH] [--published D]</c>: articles into the SQLite store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Inputs();
        var db = CommonOptions.Database();
        var published = CommonOptions.Published();
        var indirect = CommonOptions.Indirect();
        var maxArticle = CommonOptions.MaxArticleMegabytes();
        var command = new Command("ingest", "Read articles, extract the graph and store it in a SQLite file. Ingesting the same article twice changes nothing.\n\nExample:\n  kg ingest articles/ --db news.db")
        {
            files, db, published, maxArticle, indirect,
        };
        command.SetAction(result =>
        {
            var extractor = new CorpusExtractor(new ArticleLoader(CommonOptions.ReadOptionsOf(result.GetValue(published), result.GetValue(maxArticle))), Pipeline.CreateDefault(new QuoteOptions { IncludeIndirect = result.GetValue(indirect) }));
            var inputs = extractor.Resolve(result.GetValue(files)!);
            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var summary = Run(new CorpusIngestor(extractor, store), inputs);
            CommonOptions.ReportErrors(summary.Errors);
            Console.WriteLine(summary.ToString());
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
                return ingestor.Run(inputs, input =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(input.Source));
                    task.Increment(1);
                });
            });
    }
}
