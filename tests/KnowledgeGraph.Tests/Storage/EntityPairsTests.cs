using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Reliability;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// <c>entity_pairs</c> and the queries that read it against a brute-force count over the stored
/// events, participants, places, quotes and mentions (<see cref="BruteForceLinks"/>): after many
/// articles that share events, after changed articles are ingested again, and when built on open.
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
    public void An_event_stored_before_that_another_article_gives_more_participants_links_only_the_new_ones()
    {
        var db = _folder.File("grown.db");
        var articles = new RandomArticles(9);
        var first = articles.Article(0);
        var second = articles.Article(1);
        var shared = new Event
        {
            Id = "evt_shared",
            Type = EventType.Meeting,
            Participants = [new Participant(RandomArticles.EntityId(0), ParticipantRole.Agent), new Participant(RandomArticles.EntityId(1), ParticipantRole.Participant)],
            Trigger = "met",
            Evidence = new Evidence(first.Document.Id, new TextSpan(0, 3), new TextSpan(0, 9), "Met there.", "test"),
        };
        var grown = shared with
        {
            Participants = [.. shared.Participants, new Participant(RandomArticles.EntityId(2), ParticipantRole.Participant)],
            PlaceId = RandomArticles.EntityId(3), // ignored: the event keeps the place it was first stored with
            Evidence = shared.Evidence with { DocumentId = second.Document.Id },
        };
        using var store = SqliteGraphStore.Open(db);
        store.Write([first with { Events = [.. first.Events, shared] }]);
        store.Write([second with { Events = [.. second.Events, grown] }]);

        Assert.Equal(BruteForceLinks.Rows(BruteForceLinks.Pairs(db)), StoredPairs(db));
        Assert.Contains(StoredPairs(db), row => row.StartsWith($"{RandomArticles.EntityId(2)} {RandomArticles.EntityId(0)} ", StringComparison.Ordinal));
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

    [Theory]
    [InlineData(5, 1, 1)]
    [InlineData(5, 1, 3)]
    [InlineData(6, 2, 2)]
    [InlineData(6, 3, 1)]
    [InlineData(7, 2, 25)]
    [InlineData(7, 3, 2)]
    public void Neighbours_match_a_brute_force_neighbourhood_at_every_depth(int seed, int depth, int limit)
    {
        var db = _folder.File("hood.db");
        var articles = new RandomArticles(seed);
        using var store = SqliteGraphStore.Open(db);
        store.Write(Enumerable.Range(0, 25).Select(articles.Article));
        store.Write([articles.Revision(0, 1), articles.Revision(4, 1)]);
        var brute = BruteForceLinks.Pairs(db);

        for (var i = 0; i < 12; i++)
        {
            var center = RandomArticles.EntityId(i);
            var hood = store.Neighbours(new NeighbourQuery(center, Depth: depth, Limit: limit))!;
            var (expected, directTotal) = BruteForceLinks.Neighbourhood(brute, center, depth, limit);
            var actual = hood.Neighbours.Select(n =>
                $"{n.Depth} {n.Entity.Id} via {n.Via?.Id} {n.Events}+{n.Quotes} {n.First} {n.Last} [{string.Join(",", n.Connections.Select(c => c.Id))}]");
            Assert.Equal(expected, actual);
            Assert.Equal(directTotal, hood.DirectTotal);
        }
    }

    [Fact]
    public void Paths_are_as_short_as_a_breadth_first_search_over_the_brute_force_links_finds()
    {
        var db = _folder.File("path.db");
        var articles = new RandomArticles(8);
        using var store = SqliteGraphStore.Open(db);
        store.Write(Enumerable.Range(0, 8).Select(articles.Article));
        var brute = BruteForceLinks.Pairs(db);

        for (var i = 0; i < 12; i++)
        {
            for (var j = 0; j < 12; j++)
            {
                var (a, b) = (RandomArticles.EntityId(i), RandomArticles.EntityId(j));
                var path = store.Path(new PathQuery(a, b));
                var hops = path is null ? -1 : path.Hops;
                Assert.Equal(BruteForceLinks.Distance(brute, a, b), hops);
                Assert.All(path?.Chains.SelectMany(c => c) ?? [], step =>
                    Assert.Equal(BruteForceLinks.Latest(brute[$"{step.From.Id} {step.To.Id}"]), step.Connections.Select(c => c.Id)));
            }
        }
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
