using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The statements of one write batch, each prepared on first use and reused by its SQL text:
/// preparing a statement again for every row was most of the cost of an ingest.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>The statement for this SQL text with these parameters bound; the caller must not dispose it.</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteScalar();

    /// <summary>The first column of every row, as text (nulls skipped).</summary>
    public List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        using var r = Command(sql, parameters).ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            if (!r.IsDBNull(0))
            {
                list.Add(r.GetString(0));
            }
        }

        return list;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
    }
}
