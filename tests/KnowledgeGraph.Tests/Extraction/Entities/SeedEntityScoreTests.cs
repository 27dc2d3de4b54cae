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
        var summary = SeedScorer.Score(SeedScorer.ExtractSeeds());
        var f1 = summary.GetProperty("entity_f1").GetDouble();
        var facts = summary.GetProperty("fact_accuracy").GetDouble();
        Assert.True(f1 >= EntityF1Floor, $"entity F1 {f1} below {EntityF1Floor}");
        Assert.True(facts >= FactAccuracyFloor, $"fact accuracy {facts} below {FactAccuracyFloor}");
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
                // Mentions slice the text the stages read (a lower-cased article's has its capitals back), and that differs from the article only in case.
                Assert.Equal(m.Text, m.Span.Slice(analysis.Text));
                Assert.True(string.Equals(m.Text, m.Span.Slice(text), StringComparison.OrdinalIgnoreCase), m.Text);
                Assert.True(analysis.Entities.ContainsKey(m.EntityId));
            }

            Assert.DoesNotContain(analysis.Entities.Values, e => e.Name is "The" or "Said" or "Monday" or "January" or "Inc" or "Ltd");
            recognised += analysis.Entities.Count;
        }

        Assert.True(recognised > 1000, $"only {recognised} entities in 300 wire articles");
    }
}
