using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

/// <summary>Holds the entity and fact floors of issue 4 on the seed gold, scored by ../shared/eval/score.py.</summary>
public class SeedEntityScoreTests
{
    private const double EntityF1Floor = 0.90;
    private const double FactAccuracyFloor = 0.85;

    [SharedDataFact]
    public void Seed_articles_score_at_least_the_entity_and_fact_floors()
    {
        var pipeline = Pipeline.CreateDefault();
        var builder = new GraphBuilder();
        foreach (var line in File.ReadLines(SharedData.File("seeds", "seeds.jsonl")).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            builder.Add(pipeline.Extract(new Document
            {
                Id = r.GetProperty("id").GetString()!,
                Title = r.GetProperty("title").GetString(),
                Text = r.GetProperty("text").GetString()!,
                Source = "seeds.jsonl",
                Published = DateOnly.Parse(r.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
                PublishedSource = PublishedSource.Metadata,
            }));
        }

        var graphPath = Path.Combine(Path.GetTempPath(), $"kg-entities-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(graphPath, GraphJsonWriter.WriteToString(builder.Build()));
            var start = new ProcessStartInfo("python3")
            {
                ArgumentList = { SharedData.File("eval", "score.py"), "--gold", SharedData.File("gold", "seeds.gold.json"), "--system", graphPath, "--json" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var scorer = Process.Start(start)!;
            var output = scorer.StandardOutput.ReadToEnd();
            scorer.WaitForExit();
            Assert.True(scorer.ExitCode == 0, "score.py failed: " + scorer.StandardError.ReadToEnd());
            using var summary = JsonDocument.Parse(output);
            var f1 = summary.RootElement.GetProperty("entity_f1").GetDouble();
            var facts = summary.RootElement.GetProperty("fact_accuracy").GetDouble();
            Assert.True(f1 >= EntityF1Floor, $"entity F1 {f1} below {EntityF1Floor}");
            Assert.True(facts >= FactAccuracyFloor, $"fact accuracy {facts} below {FactAccuracyFloor}");
        }
        finally
        {
            File.Delete(graphPath);
        }
    }

    [SharedDataFact]
    public void Wire_articles_of_another_style_give_well_formed_mentions()
    {
        var recognised = 0;
        foreach (var line in File.ReadLines(SharedData.File("corpus", "reuters21578.jsonl")).Take(300))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var analysis = EntityTestSupport.Recognise(text);
            foreach (var m in analysis.Mentions)
            {
                Assert.Equal(m.Text, m.Span.Slice(text));
                Assert.True(analysis.Entities.ContainsKey(m.EntityId));
            }

            Assert.DoesNotContain(analysis.Entities.Values, e => e.Name is "The" or "Said" or "Monday" or "January" or "Inc" or "Ltd");
            recognised += analysis.Entities.Count;
        }

        Assert.True(recognised > 1000, $"only {recognised} entities in 300 wire articles");
    }
}
