using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract FILES... [--format json] [--out PATH]</c>: the graph JSON contract, no store needed.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Files (.txt, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var command = new Command("extract", "Extract a knowledge graph from articles and print it as graph JSON (kg-graph/1).\nExample: kg extract samples/ --format json")
        {
            files, format, output,
        };
        command.SetAction(result =>
        {
            var pipeline = Pipeline.CreateDefault();
            var builder = new GraphBuilder();
            foreach (var path in result.GetValue(files)!)
            {
                foreach (var doc in ReadNaive(path))
                {
                    builder.Add(pipeline.Extract(doc));
                }
            }

            var graph = builder.Build();
            var outPath = result.GetValue(output);
            using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
            GraphJsonWriter.Write(graph, stream);
            return 0;
        });
        return command;
    }

    private static IEnumerable<Document> ReadNaive(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                var text = r.GetProperty("text").GetString()!;
                var published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
                yield return new Document
                {
                    Id = r.TryGetProperty("id", out var id) ? id.GetString()! : StableId.ForDocument(text),
                    Text = text,
                    Title = r.TryGetProperty("title", out var t) ? t.GetString() : null,
                    Source = path,
                    Published = published,
                    PublishedSource = published is null ? PublishedSource.Unknown : PublishedSource.Metadata,
                };
            }
        }
        else
        {
            var text = File.ReadAllText(path);
            yield return new Document { Id = StableId.ForDocument(text), Text = text, Source = Path.GetFileName(path) };
        }
    }
}
