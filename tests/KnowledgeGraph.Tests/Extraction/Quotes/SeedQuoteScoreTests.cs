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
        var summary = SeedScorer.Score(SeedScorer.ExtractSeeds(pipeline));
        output.WriteLine(summary.ToString());
        Assert.True(summary.GetProperty("quote_recall").GetDouble() >= 1.0, "quote recall");
        Assert.True(summary.GetProperty("quote_attribution_accuracy").GetDouble() >= 0.95, "quote attribution");
        Assert.True(summary.GetProperty("quote_precision").GetDouble() >= 0.9, "quote precision");
    }
}
