using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Reliability;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>An article stored again under the same id with new text replaces the old facts and leaves none of them behind.</summary>
public sealed class ChangedArticleReingestTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    private readonly TempFolder _folder = new("reingest");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Revisions => new()
    {
        {
            "Foreign Minister Mara Okafor met Tomas Lindqvist in Oslo on Tuesday. \"We agreed on quotas,\" Okafor said.",
            "Foreign Minister Mara Okafor visited Lisbon on Wednesday. She met Ines Carvalho there."
        },
        {
            "Aiko Brennan resigned as mayor of Valparaiso on Friday, officials said.",
            "Aiko Brennan was elected mayor of Valparaiso on Friday, officials said."
        },
        {
            "Samuel Adeyemi launched a satellite from Nairobi on Monday.",
            "The storm closed the port."
        },
    };

    [Theory]
    [MemberData(nameof(Revisions))]
    public void A_changed_article_leaves_the_store_as_if_only_the_new_text_had_been_ingested(string first, string second)
    {
        var replaced = _folder.File("replaced.db");
        var clean = _folder.File("clean.db");

        using (var store = SqliteGraphStore.Open(replaced))
        {
            store.Write([Extract(first)]);
            var report = store.Write([Extract(second)]);
            Assert.Equal(new WriteReport(0, 1, 0), report);
            _ = store.LoadGraph(); // used to throw: an event of the old text with no evidence left
        }

        using (var store = SqliteGraphStore.Open(clean))
        {
            store.Write([Extract(second)]);
        }

        Assert.Equal(StoreProbe.Counts(clean), StoreProbe.Counts(replaced));
        Assert.Equal("ok", StoreProbe.IntegrityCheck(replaced));
    }

    [Fact]
    public void An_event_another_article_also_evidences_survives_when_one_of_them_changes()
    {
        const string shared = "Foreign Minister Mara Okafor met Tomas Lindqvist in Oslo on Tuesday.";
        var other = Extract(shared + " The talks lasted three hours.", "doc-other");
        var db = _folder.File("shared.db");
        using var store = SqliteGraphStore.Open(db);
        store.Write([Extract(shared), other]);
        var events = StoreProbe.Count(db, "events");
        Assert.True(events > 0);

        store.Write([Extract("The storm closed the port.")]);

        Assert.Equal(events, StoreProbe.Count(db, "events"));
        Assert.NotEmpty(store.LoadGraph().Events);
    }

    private static DocumentExtraction Extract(string text, string id = "doc-story") => Pipeline.Extract(new Document
    {
        Id = id,
        Text = text,
        Source = "story.txt",
        Published = new DateOnly(2024, 3, 5),
        PublishedSource = PublishedSource.Metadata,
    });
}
