using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>Answers <c>kg stats</c>: counts by type, the most connected entities, the dates the events cover.</summary>
internal sealed class StoreOverviewQuery(SqliteConnection connection)
{
    public StoreOverview Read(int top)
    {
        var (first, last) = DateRange();
        return new StoreOverview
        {
            Counts = new StoreQueries(connection).Stats(),
            EntitiesByType = Counts("SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC, 1"),
            EventsByType = Counts("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"),
            QuotesByKind = Counts("SELECT kind, count(*) FROM quotes GROUP BY kind ORDER BY 2 DESC, 1"),
            TopEntities = Top(Math.Max(0, top)),
            FirstEvent = first,
            LastEvent = last,
            UndatedEvents = (int)Scalar("SELECT count(*) FROM events WHERE t_start IS NULL"),
            DocumentsWithoutDate = (int)Scalar("SELECT count(*) FROM documents WHERE published IS NULL"),
        };
    }

    private Dictionary<string, int> Counts(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (r.Read())
        {
            counts[r.GetString(0)] = r.GetInt32(1);
        }

        return counts;
    }

    private List<RankedEntity> Top(int top)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            WITH ev AS (SELECT entity_id AS id, count(DISTINCT event_id) AS n FROM participants GROUP BY entity_id
                        UNION ALL SELECT place_id, count(*) FROM events WHERE place_id IS NOT NULL GROUP BY place_id),
                 said AS (SELECT speaker_id AS id, count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id),
                 total AS (SELECT id, sum(n) AS events FROM ev GROUP BY id)
            SELECT x.id, x.name, x.type, COALESCE(t.events, 0), COALESCE(s.n, 0)
            FROM entities x LEFT JOIN total t ON t.id = x.id LEFT JOIN said s ON s.id = x.id
            WHERE t.events IS NOT NULL OR s.n IS NOT NULL
            ORDER BY COALESCE(t.events, 0) + COALESCE(s.n, 0) DESC, x.name
            LIMIT $top
            """;
        command.Parameters.AddWithValue("$top", top);
        using var r = command.ExecuteReader();
        var list = new List<RankedEntity>();
        while (r.Read())
        {
            list.Add(new RankedEntity(new NamedEntity(r.GetString(0), r.GetString(1), ContractNames.ParseEntityType(r.GetString(2))), r.GetInt32(3), r.GetInt32(4)));
        }

        return list;
    }

    private (DateOnly? First, DateOnly? Last) DateRange()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(t_start), max(t_start) FROM events";
        using var r = command.ExecuteReader();
        r.Read();
        return (TimeColumns.ParseDate(r, 0), TimeColumns.ParseDate(r, 1));
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
