using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// Holds the quote floor on the seed articles with the shared scorer. The gold lists direct and
/// partial quotes only, so precision is measured with indirect speech turned off.
/// </summary>
public class SeedQuoteScoreTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Seed_quotes_keep_recall_attribution_and_precision_floors()
    {
        var pipeline = new PipelineBuilder().UseSegmentation().UseEntities().UseQuotes(new QuoteOptions { IncludeIndirect = false }).Build();
        var builder = new GraphBuilder();
        foreach (var line in File.ReadLines(SharedData.File("seeds", "seeds.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            builder.Add(pipeline.Extract(new Document
            {
                Id = r.GetProperty("id").GetString()!,
                Text = r.GetProperty("text").GetString()!,
                Title = r.GetProperty("title").GetString(),
                Source = "seeds.jsonl",
                Published = DateOnly.Parse(r.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                PublishedSource = PublishedSource.Metadata,
            }));
        }

        var graphPath = Path.Combine(Path.GetTempPath(), $"kg-quotes-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(graphPath))
            {
                GraphJsonWriter.Write(builder.Build(), stream);
            }

            var summary = Score(graphPath);
            output.WriteLine(summary.ToString());
            Assert.True(summary.GetProperty("quote_recall").GetDouble() >= 1.0, "quote recall");
            Assert.True(summary.GetProperty("quote_attribution_accuracy").GetDouble() >= 0.95, "quote attribution");
            Assert.True(summary.GetProperty("quote_precision").GetDouble() >= 0.9, "quote precision");
        }
        finally
        {
            File.Delete(graphPath);
        }
    }

    private static JsonElement Score(string graphPath)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { SharedData.File("eval", "score.py"), "--gold", SharedData.File("gold", "seeds.gold.json"), "--system", graphPath, "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "scorer failed: " + stdout);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
