using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Segmentation;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Runs segmentation, entities and events on a text; the time tagger runs too, and the values a test names are checked against what it found.</summary>
internal static class EventTestSupport
{
    public static DocumentAnalysis Analyse(string text, string published = "2024-05-15", params (string Text, string Value)[] timexes)
    {
        var date = DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var analysis = new DocumentAnalysis(new Document
        {
            Id = "d1", Text = text, Source = "test", Published = date, PublishedSource = PublishedSource.Metadata,
        });
        new Segmenter().Run(analysis);
        new EntityRecognizer().Run(analysis);
        new TimeTagger().Run(analysis);
        foreach (var (t, value) in timexes)
        {
            // The expected values double as a check that the time tagger resolved what the event rules rely on.
            Assert.Contains(analysis.Timexes, x => x.Text.Contains(t.Replace("in ", "", StringComparison.Ordinal).Replace("on ", "", StringComparison.Ordinal), StringComparison.Ordinal) && x.Value == value);
        }

        new EventExtractor().Run(analysis);
        return analysis;
    }

    public static string NameOf(DocumentAnalysis analysis, string? entityId) =>
        entityId is not null && analysis.Entities.TryGetValue(entityId, out var e) ? e.Name : "";

    public static IReadOnlyList<string> ParticipantNames(DocumentAnalysis analysis, Event e) =>
        [.. e.Participants.Select(p => NameOf(analysis, p.EntityId)).Order(StringComparer.Ordinal)];

    public static string Describe(DocumentAnalysis analysis) => string.Join(" | ", analysis.Events.Select(e =>
        $"{e.Type}/{e.Status} [{string.Join(",", e.Participants.Select(p => NameOf(analysis, p.EntityId) + ":" + p.Role))}] @{NameOf(analysis, e.PlaceId)} {e.Time?.Value} ({e.Evidence.Rule})"));
}
