using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Reliability;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>Name look-ups ignore case for every alphabet, not only ASCII (SQLite's built-in lower() folds ASCII only).</summary>
public sealed class UnicodeNameLookupTests : IDisposable
{
    private const string Text = "Foreign Minister Åsa Öberg met Prime Minister Élodie Durand in Oslo on Tuesday.";

    private readonly TempFolder _folder = new("unicode");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Åsa Öberg")]
    [InlineData("ÅSA ÖBERG")]
    [InlineData("åsa öberg")]
    [InlineData("ÉLODIE")]
    [InlineData("élodie durand")]
    public void A_timeline_finds_a_name_with_accented_capitals_in_any_case(string asked)
    {
        using var store = SqliteGraphStore.Open(_folder.File("kg.db"));
        store.Write([Pipeline.CreateDefault().Extract(new Document
        {
            Id = "doc-talks", Text = Text, Source = "talks.txt", Published = new DateOnly(2024, 3, 5), PublishedSource = PublishedSource.Metadata,
        })]);

        var entries = store.Timeline(new TimelineQuery(Entity: asked));

        Assert.Single(entries);
    }
}
