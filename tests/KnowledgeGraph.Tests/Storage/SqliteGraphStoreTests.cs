using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-store-").FullName;

    private string DbPath => Path.Combine(_dir, "kg.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SqliteGraphStore Filled()
    {
        var store = SqliteGraphStore.Open(DbPath);
        store.Write([StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest()]);
        return store;
    }

    [Fact]
    public void Ingesting_the_same_articles_again_changes_nothing()
    {
        using var store = Filled();
        var before = GraphJsonWriter.WriteToString(store.LoadGraph());
        var statsBefore = store.Stats();

        var report = store.Write([StoreFixtures.BergenVisit(), StoreFixtures.HarbourTalks()]);

        Assert.Equal(new WriteReport(0, 0, 2), report);
        Assert.Equal(statsBefore, store.Stats());
        Assert.Equal(before, GraphJsonWriter.WriteToString(store.LoadGraph()));
    }

    [Fact]
    public void LoadGraph_gives_back_what_the_graph_builder_makes_of_the_same_extractions()
    {
        var extractions = new[] { StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest() };
        var builder = new GraphBuilder();
        foreach (var e in extractions)
        {
            builder.Add(e);
        }

        using var store = SqliteGraphStore.Open(DbPath);
        store.Write(extractions);

        Assert.Equal(GraphJsonWriter.WriteToString(builder.Build()), GraphJsonWriter.WriteToString(store.LoadGraph()));
    }

    [Fact]
    public void An_entity_seen_in_two_articles_is_one_entity_with_merged_aliases_mentions_and_attributes()
    {
        using (var store = Filled())
        {
            Assert.Equal(new StoreStats(3, 4, 3, 2, 2), store.Stats());
        }

        using var reopened = SqliteGraphStore.Open(DbPath);
        var tomas = reopened.LoadGraph().Entities.Single(e => e.Name == "Tomas Okafor");
        Assert.Equal(["Okafor"], tomas.Aliases);
        Assert.Equal(["doc-harbour", "doc-bergen", "doc-protest"], tomas.Mentions.Select(m => m.DocumentId).Distinct());
        Assert.Equal("Trade Minister", Assert.Single(tomas.Attributes).Value);
    }

    [Fact]
    public void A_quote_with_quotes_apostrophes_backslashes_and_new_lines_survives_the_round_trip()
    {
        using var store = Filled();

        var quote = store.LoadGraph().Quotes.Single(q => q.Evidence.DocumentId == "doc-bergen");

        Assert.Equal(StoreFixtures.QuoteWithAwkwardCharacters, quote.Text);
        Assert.Equal(StoreFixtures.QuoteWithAwkwardCharacters, Assert.Single(store.Quotes(new QuoteQuery(Text: "slash DROP"))).Text);
    }

    [Fact]
    public void An_article_stored_again_with_new_text_replaces_its_own_facts()
    {
        using var store = Filled();
        var edited = StoreFixtures.HarbourTalks();
        edited = edited with { Document = edited.Document with { Text = edited.Document.Text + " More." }, Quotes = [] };

        var report = store.Write([edited]);

        Assert.Equal(new WriteReport(0, 1, 0), report);
        Assert.DoesNotContain(store.LoadGraph().Quotes, q => q.Evidence.DocumentId == "doc-harbour");
        Assert.Equal(3, store.Stats().Documents);
    }

    [Fact]
    public void Opening_creates_the_schema_in_wal_mode_and_an_empty_store_loads_an_empty_graph()
    {
        using var store = SqliteGraphStore.Open(DbPath);

        Assert.Equal(new StoreStats(0, 0, 0, 0, 0), store.Stats());
        Assert.Empty(store.LoadGraph().Documents);
        Assert.Equal("wal", JournalMode(DbPath));
    }

    // WAL is a property of the file, so a second connection sees it.
    private static string JournalMode(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public void Opening_a_store_in_a_folder_that_does_not_exist_yet_creates_the_folder()
    {
        var path = Path.Combine(_dir, "data", "news.db");

        using (SqliteGraphStore.Open(path))
        {
            Assert.True(File.Exists(path));
        }
    }
}
