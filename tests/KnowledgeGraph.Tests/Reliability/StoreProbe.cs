using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Reads a store file directly with SQL, read-only, so tests check what is on disk and not what the store class says.</summary>
internal static class StoreProbe
{
    public static string IntegrityCheck(string db) => (string)Scalar(db, "PRAGMA integrity_check")!;

    public static long Count(string db, string table) => (long)Scalar(db, $"SELECT count(*) FROM {table}")!;

    /// <summary>Row counts of every fact table, for comparing two stores.</summary>
    public static string Counts(string db) => string.Join(", ",
        new[] { "documents", "entities", "aliases", "mentions", "attributes", "events", "participants", "event_evidence", "quotes", "quote_mentions", "time_expressions" }
            .Select(t => $"{t}={Count(db, t)}"));

    /// <summary>Per document: its mentions, quotes, time expressions and event evidence rows.</summary>
    public static Dictionary<string, string> PerDocument(string db)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT d.id,
                   (SELECT count(*) FROM mentions m WHERE m.document_id = d.id),
                   (SELECT count(*) FROM quotes q WHERE q.document_id = d.id),
                   (SELECT count(*) FROM time_expressions t WHERE t.document_id = d.id),
                   (SELECT count(*) FROM event_evidence e WHERE e.document_id = d.id)
            FROM documents d
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = $"mentions={reader.GetInt64(1)} quotes={reader.GetInt64(2)} timex={reader.GetInt64(3)} evidence={reader.GetInt64(4)}";
        }

        return result;
    }

    private static object? Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
