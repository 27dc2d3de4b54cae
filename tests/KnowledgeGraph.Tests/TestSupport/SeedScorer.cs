using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>Extracts ../shared/seeds/seeds.jsonl and scores the graph with ../shared/eval/score.py, for the tests that hold a floor.</summary>
public static class SeedScorer
{
    public static KnowledgeGraphModel ExtractSeeds(Pipeline? pipeline = null)
    {
        var builder = new GraphBuilder();
        foreach (var extraction in ExtractSeedArticles(pipeline))
        {
            builder.Add(extraction);
        }

        return builder.Build();
    }

    /// <summary>Each seed article's extraction, in file order.</summary>
    public static IReadOnlyList<DocumentExtraction> ExtractSeedArticles(Pipeline? pipeline = null)
    {
        pipeline ??= Pipeline.CreateDefault();
        var extractions = new List<DocumentExtraction>();
        foreach (var line in File.ReadLines(SharedData.File("seeds", "seeds.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            extractions.Add(pipeline.Extract(new Document
            {
                Id = r.GetProperty("id").GetString()!,
                Title = r.GetProperty("title").GetString(),
                Text = r.GetProperty("text").GetString()!,
                Source = "seeds.jsonl",
                Published = DateOnly.Parse(r.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
                PublishedSource = PublishedSource.Metadata,
            }));
        }

        return extractions;
    }

    /// <summary>The scorer's <c>--json</c> summary for a graph.</summary>
    public static JsonElement Score(KnowledgeGraphModel graph)
    {
        var graphPath = Path.Combine(Path.GetTempPath(), $"kg-seeds-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(graphPath, GraphJsonWriter.WriteToString(graph));
            var start = new ProcessStartInfo("python3")
            {
                ArgumentList = { SharedData.File("eval", "score.py"), "--gold", SharedData.File("gold", "seeds.gold.json"), "--system", graphPath, "--json" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var scorer = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var error = scorer.StandardError.ReadToEndAsync();
            var output = scorer.StandardOutput.ReadToEnd();
            scorer.WaitForExit();
            Assert.True(scorer.ExitCode == 0, "score.py failed: " + error.Result);
            using var summary = JsonDocument.Parse(output);
            return summary.RootElement.Clone();
        }
        finally
        {
            File.Delete(graphPath);
        }
    }
}
