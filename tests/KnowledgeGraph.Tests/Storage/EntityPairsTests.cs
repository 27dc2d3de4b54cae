using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Reliability;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// <c>entity_pairs</c> against a brute-force count over the stored events, participants, places,
/// quotes and mentions (<see cref="BruteForceLinks"/>): after many articles that share events, after
/// changed articles are ingested again, and when built on open.
/// </summary>
public sealed class EntityPairsTests : IDisposable
{
    private readonly TempFolder _folder = new("pairs");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_writer_keeps_every_pair_as_a_count_from_scratch_would_through_changed_articles(int seed)
    {
        var db = _folder.File("pairs.db");
        var articles = new RandomArticles(seed);
        using var store = SqliteGraphStore.Open(db);
        store.Write(Enumerable.Range(0, 20).Select(articles.Article));
        var brute = BruteForceLinks.Rows(BruteForceLinks.Pairs(db));
        Assert.True(brute.Count > 30, "the random store links too few pairs to test anything");
        Assert.Equal(brute, StoredPairs(db));

        // Changed texts under the same ids: their quotes and own events go, shared events stay.
        store.Write([.. Enumerable.Range(0, 20).Where(n => n % 3 == seed % 3).Select(n => articles.Revision(n, 1))]);
        Assert.Equal(BruteForceLinks.Rows(BruteForceLinks.Pairs(db)), StoredPairs(db));
        store.Write([articles.Revision(1, 2), articles.Revision(2, 2), articles.Revision(1, 3)]);
        Assert.Equal(BruteForceLinks.Rows(BruteForceLinks.Pairs(db)), StoredPairs(db));
    }

    [Fact]
    public void A_store_without_the_table_gets_it_built_on_open_as_the_writer_would_have_kept_it()
    {
        var db = _folder.File("old.db");
        var articles = new RandomArticles(4);
        using (var store = SqliteGraphStore.Open(db))
        {
            store.Write(Enumerable.Range(0, 20).Select(articles.Article));
            store.Write([articles.Revision(3, 1), articles.Revision(5, 1)]);
        }

        var kept = StoredPairs(db);
        Execute(db, "DROP TABLE entity_pairs");
        using (SqliteGraphStore.Open(db))
        {
        }

        Assert.NotEmpty(kept);
        Assert.Equal(kept, StoredPairs(db));
        Assert.Equal(BruteForceLinks.Rows(BruteForceLinks.Pairs(db)), StoredPairs(db));
    }

    private static List<string> StoredPairs(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id, other_id, events, quotes, first, last, recent FROM entity_pairs ORDER BY entity_id, other_id";
        using var r = command.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            var recent = r.GetString(6).Split(';').Select(e => e.Split('|')[3]);
            rows.Add($"{r.GetString(0)} {r.GetString(1)} {r.GetInt32(2)}+{r.GetInt32(3)} {(r.IsDBNull(4) ? "" : r.GetString(4))} {(r.IsDBNull(5) ? "" : r.GetString(5))} [{string.Join(",", recent)}]");
        }

        return rows;
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
