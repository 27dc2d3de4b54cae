using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Segmentation;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// Runs segmentation and the quote stage over a text whose entities the test names itself
/// ("Person:Anna Berg", "Organization:Interior Ministry"), so quote tests do not depend on the
/// entity recogniser. A person is also mentioned by a lone surname.
/// </summary>
internal static class QuoteFixture
{
    public static readonly DateOnly Published = new(2024, 5, 14);

    public static DocumentAnalysis Run(string text, params string[] entities) => Run(text, new QuoteOptions(), entities);

    public static DocumentAnalysis Run(string text, QuoteOptions options, params string[] entities)
    {
        var analysis = new DocumentAnalysis(new Document { Id = "doc", Text = text, Source = "test", Published = Published, PublishedSource = PublishedSource.Metadata });
        new Segmenter().Run(analysis);
        foreach (var spec in entities)
        {
            // "Country:Norway=Norwegian": a country, as the gazetteer gives it, with its demonyms.
            var kind = spec[..spec.IndexOf(':', StringComparison.Ordinal)];
            var names = spec[(spec.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('=');
            if (kind == "Country")
            {
                Mark(analysis, EntityType.Location, names[0], "Country", names[1..]);
            }
            else
            {
                Mark(analysis, Enum.Parse<EntityType>(kind), names[0]);
            }
        }

        analysis.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        new QuoteExtractor(options).Run(analysis);
        return analysis;
    }

    public static string? NameOf(DocumentAnalysis analysis, string? entityId) =>
        entityId is not null && analysis.Entities.TryGetValue(entityId, out var e) ? e.Name : null;

    /// <summary>The one quote whose text starts with <paramref name="start"/>.</summary>
    public static Quote QuoteStarting(DocumentAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private static void Mark(DocumentAnalysis analysis, EntityType type, string name, string? subtype = null, string[]? demonyms = null)
    {
        var id = StableId.ForEntity(type, name);
        var mentions = new List<Mention>();
        var taken = new List<TextSpan>();
        foreach (var surface in Surfaces(type, name).Concat(demonyms ?? []))
        {
            for (var i = analysis.Text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = analysis.Text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + surface.Length);
                var end = span.End < analysis.Text.Length ? analysis.Text[span.End] : ' ';
                if (taken.Any(t => t.Overlaps(span)) || char.IsLetter(end))
                {
                    continue;
                }

                taken.Add(span);
                mentions.Add(new Mention("doc", span, surface));
                analysis.Mentions.Add(new EntityMention(span, surface, id, type));
            }
        }

        analysis.Entities[id] = new Entity { Id = id, Type = type, Subtype = subtype, Name = name, Mentions = [.. mentions.OrderBy(m => m.Span.Start)] };
    }

    private static IEnumerable<string> Surfaces(EntityType type, string name)
    {
        yield return name;
        if (type == EntityType.Person && name.Contains(' ', StringComparison.Ordinal))
        {
            yield return name[(name.LastIndexOf(' ') + 1)..];
        }
    }
}
