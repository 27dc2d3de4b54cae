using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Runs segmentation, entities and events on a text; time expressions can be given by hand, as the time tagger would find them.</summary>
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
        foreach (var (t, value) in timexes)
        {
            var start = text.IndexOf(t, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{t}' is not in the text");
            var day = value.Length == 10 ? DateOnly.Parse(value, CultureInfo.InvariantCulture) : (DateOnly?)null;
            analysis.Timexes.Add(new TimeValue
            {
                DocumentId = "d1", Text = t, Value = value, Type = TimexType.Date, Span = new TextSpan(start, start + t.Length),
                Start = day, End = day?.AddDays(1), Precision = day is null ? TimePrecision.Unknown : TimePrecision.Day,
            });
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
