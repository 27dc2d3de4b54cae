using System.CommandLine;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract FILES... [--published D] [--format json] [--out PATH]</c>: the graph JSON contract, no store needed.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Inputs();
        var published = CommonOptions.Published();
        var indirect = CommonOptions.Indirect();
        var maxArticle = CommonOptions.MaxArticleMegabytes();
        var format = new Option<string>("--format") { Description = "Output format (json: the kg-graph/1 contract)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var command = new Command("extract", "Extract a knowledge graph from articles and print it as graph JSON (kg-graph/1).\n\nExample:\n  kg extract samples/ --out graph.json\n  cat article.txt | kg extract - --published 2024-03-05")
        {
            files, published, maxArticle, format, output, indirect,
        };
        command.SetAction(result =>
        {
            var extractor = new CorpusExtractor(new ArticleLoader(CommonOptions.ReadOptionsOf(result.GetValue(published), result.GetValue(maxArticle))), Pipeline.CreateDefault(new QuoteOptions { IncludeIndirect = result.GetValue(indirect) }));
            var resolved = extractor.Resolve(result.GetValue(files)!);
            var failed = CommonOptions.ReportErrors(resolved.Errors);
            var builder = new GraphBuilder();
            foreach (var input in extractor.Extract(resolved.Files))
            {
                failed |= CommonOptions.ReportErrors(input.Errors);
                foreach (var extraction in input.Extractions)
                {
                    builder.Add(extraction);
                }
            }

            var outPath = result.GetValue(output);
            using (var stream = CommonOptions.OpenOutput(outPath))
            {
                if (stream is null)
                {
                    return ExitCodes.SomeInputsFailed;
                }

                GraphJsonWriter.Write(builder.Build(), stream);
            }

            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }
}
