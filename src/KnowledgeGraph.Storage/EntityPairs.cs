using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// <c>entity_pairs</c>: one row per ordered pair of linked entities (both directions are stored), with
/// what <see cref="PairTally"/> counts. A neighbourhood is then one index range read of the centre's
/// rows, strongest first (<c>entity_pairs_rank</c>), and a path search expands a node by reading its
/// row keys, where both used to join participants, events and quotes and count in memory: a hub's
/// 100,000 links took 380 ms. Links follow <see cref="EntityLinks.Of"/>: two entities share an event
/// (as participants or participant and place), or a quote (speaker, addressee, mentioned; two entities
/// merely mentioned together are not linked). <see cref="PairWriter"/> keeps it exact on every write;
/// <see cref="Fill"/> builds it once for a store written before it existed.
/// </summary>
internal static class EntityPairs
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS entity_pairs (
            entity_id TEXT NOT NULL,
            other_id TEXT NOT NULL,
            events INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            first TEXT,
            last TEXT,
            recent TEXT NOT NULL,
            PRIMARY KEY (entity_id, other_id)) WITHOUT ROWID;
        """;

    /// <summary>Strongest first: the order of a neighbourhood (links, then last date, then id).</summary>
    public const string RankIndex = "CREATE INDEX IF NOT EXISTS entity_pairs_rank ON entity_pairs (entity_id, events + quotes DESC, last DESC, other_id)";

    /// <summary>Writes both directions of a pair; $x, $y and the tally's parameters bound by the caller.</summary>
    public const string Upsert = """
        INSERT OR REPLACE INTO entity_pairs (entity_id, other_id, events, quotes, first, last, recent)
        VALUES ($x, $y, $events, $quotes, $first, $last, $recent), ($y, $x, $events, $quotes, $first, $last, $recent)
        """;

    // Every directed link of the store, grouped by pair; an entity with two roles in one event or quote gives
    // repeated rows, which Fill counts once.
    private const string AllLinks = """
        WITH members (event_id, entity_id) AS (
            SELECT event_id, entity_id FROM participants
            UNION SELECT id, place_id FROM events WHERE place_id IS NOT NULL),
        speakers (quote_id, entity_id, mentioned) AS (
            SELECT id, speaker_id, 0 FROM quotes WHERE speaker_id IS NOT NULL
            UNION ALL SELECT id, addressee_id, 0 FROM quotes WHERE addressee_id IS NOT NULL
            UNION ALL SELECT quote_id, entity_id, 1 FROM quote_mentions)
        SELECT x.entity_id, y.entity_id, 0, e.id, e.type, e.t_start
        FROM members x JOIN members y ON y.event_id = x.event_id AND y.entity_id <> x.entity_id JOIN events e ON e.id = x.event_id
        UNION ALL
        SELECT x.entity_id, y.entity_id, 1, q.id, q.kind, COALESCE(q.t_start, d.published)
        FROM speakers x JOIN speakers y ON y.quote_id = x.quote_id AND y.entity_id <> x.entity_id AND x.mentioned + y.mentioned < 2
        JOIN quotes q ON q.id = x.quote_id JOIN documents d ON d.id = q.document_id
        ORDER BY 1, 2
        """;

    /// <summary>
    /// Builds the table for a store written before it existed (or by a bulk loader that bypassed the
    /// writer); a no-op when it has rows or the store has no events and quotes. Reads every link once,
    /// sorted by pair, and writes the rows in key order, then the rank index.
    /// </summary>
    public static void Fill(SqliteConnection connection)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM entity_pairs) AND (EXISTS (SELECT 1 FROM participants) OR EXISTS (SELECT 1 FROM quotes))";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }

        using var transaction = connection.BeginTransaction();
        using var sql = new PreparedStatements(connection, transaction);
        sql.Execute("DROP INDEX IF EXISTS entity_pairs_rank");
        using (var links = sql.Command(AllLinks).ExecuteReader())
        {
            string? x = null, y = null;
            var tally = new PairTally();
            var counted = new HashSet<(ConnectionKind, string)>();
            while (links.Read())
            {
                var (a, b) = (links.GetString(0), links.GetString(1));
                if (a != x || b != y)
                {
                    Write(sql, x, y, tally);
                    (x, y, tally) = (a, b, new PairTally());
                    counted.Clear();
                }

                var link = new EntityLink(b, links.GetInt32(2) == 0 ? ConnectionKind.Event : ConnectionKind.Quote, links.GetString(3), links.GetString(4), TimeColumns.ParseDate(links, 5));
                if (counted.Add((link.Kind, link.ConnectionId)))
                {
                    tally.Add(link);
                }
            }

            Write(sql, x, y, tally);
        }

        sql.Execute(RankIndex);
        transaction.Commit();
    }

    // One direction only: the sorted stream meets (b, a) on its own.
    private static void Write(PreparedStatements sql, string? x, string? y, PairTally tally)
    {
        if (x is null || y is null)
        {
            return;
        }

        var command = sql.Command(
            "INSERT INTO entity_pairs (entity_id, other_id, events, quotes, first, last, recent) VALUES ($x, $y, $events, $quotes, $first, $last, $recent)",
            ("$x", x), ("$y", y));
        tally.Bind(command);
        command.ExecuteNonQuery();
    }
}
