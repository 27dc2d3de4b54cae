using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Segmentation;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Tests.Extraction.Time;

/// <summary>Runs segmentation and the time tagger on one invented article.</summary>
internal static class TimeTaggerTestHelper
{
    public static DocumentAnalysis Tag(string text, string? published, bool useRecognizers = false)
    {
        var doc = new Document
        {
            Id = "test",
            Text = text,
            Source = "test",
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        };
        var analysis = new DocumentAnalysis(doc);
        new Segmenter().Run(analysis);
        new TimeTagger(new TimeTaggerOptions(UseRecognizers: useRecognizers)).Run(analysis);
        return analysis;
    }

    public static TimeValue Single(string text, string? published, string expectedText, bool useRecognizers = false)
    {
        var analysis = Tag(text, published, useRecognizers);
        var found = analysis.Timexes.Where(t => t.Text == expectedText).ToList();
        Assert.True(found.Count == 1, $"expected one '{expectedText}', found: {string.Join(" | ", analysis.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
        return found[0];
    }
}
