using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Whole-article checks on the shared seed articles: no duplicate events, evidence that points at the words, and a scorer floor.</summary>
public class SeedEventsTests
{
    // Measured on the seeds with issue #6's status, demonym and capital rules: recall 1.0, precision 0.895 (the issue asks 0.85 and 0.75);
    // the floors leave room for entity-stage changes, a drop below them is a regression.
    private const double EventRecallFloor = 0.85;
    private const double EventPrecisionFloor = 0.8;

    private static KnowledgeGraphModel ExtractSeeds() => SeedScorer.ExtractSeeds();

    [SharedDataFact]
    public void Seed_articles_give_no_two_events_with_the_same_type_participants_place_and_time()
    {
        var graph = ExtractSeeds();
        Assert.NotEmpty(graph.Events);
        var keys = graph.Events.Select(e => (e.Evidence.DocumentId, e.Type, string.Join(",", e.Participants.Select(p => p.EntityId).Order(StringComparer.Ordinal)), e.PlaceId, e.Time?.Value));
        Assert.Equal(graph.Events.Count, keys.Distinct().Count());
    }

    [SharedDataFact]
    public void Every_event_evidence_span_holds_its_trigger_inside_its_sentence()
    {
        var graph = ExtractSeeds();
        var texts = graph.Documents.ToDictionary(d => d.Id, d => d.Text);
        Assert.All(graph.Events.SelectMany(e => e.MoreEvidence.Prepend(e.Evidence)), ev =>
        {
            Assert.True(ev.SentenceSpan.Contains(ev.Span), ev.Rule);
            Assert.Contains(ev.Span.Slice(texts[ev.DocumentId]), ev.Sentence, StringComparison.Ordinal);
        });
    }

    [SharedDataFact]
    public void The_gold_scorer_finds_event_recall_and_precision_above_the_floors_and_no_duplicates()
    {
        var summary = SeedScorer.Score(ExtractSeeds());
        var recall = summary.GetProperty("event_recall").GetDouble();
        var precision = summary.GetProperty("event_precision").GetDouble();
        Assert.True(recall >= EventRecallFloor, $"event recall {recall} < {EventRecallFloor}");
        Assert.True(precision >= EventPrecisionFloor, $"event precision {precision} < {EventPrecisionFloor}");
        Assert.Equal(0, summary.GetProperty("event_duplicates").GetInt32());
    }
}
