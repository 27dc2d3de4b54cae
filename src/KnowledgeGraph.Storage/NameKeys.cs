using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Folded lookup keys for entity names and aliases. SQLite's lower() and NOCASE fold ASCII only, so
/// "ÉLYSÉE" would not find "Élysée": the key is folded here in C# (case, accents, spacing) and stored
/// in entities.name_key and aliases.alias_key, filled after every write batch.
/// </summary>
internal static class NameKeys
{
    private const string FoldFunction = "kg_fold";

    /// <summary>"  Frédéric   BOILY " -> "frederic boily"; curly apostrophes become straight ones.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Adds the key columns to a store made before they existed (schema version 1).</summary>
    public static void AddColumns(SqliteConnection connection)
    {
        AddColumn(connection, "entities", "name_key");
        AddColumn(connection, "aliases", "alias_key");
    }

    /// <summary>Makes <see cref="Fold"/> callable from SQL on this connection; once, before any statement runs.</summary>
    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction(FoldFunction, (string s) => Fold(s), isDeterministic: true);

    /// <summary>Computes the keys of names and aliases written since the last call (the function must be registered).</summary>
    public static void Fill(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            """
            UPDATE entities SET name_key = kg_fold(name) WHERE name_key IS NULL;
            UPDATE aliases SET alias_key = kg_fold(alias) WHERE alias_key IS NULL;
            """;
        command.ExecuteNonQuery();
    }

    private static void AddColumn(SqliteConnection connection, string table, string column)
    {
        using var probe = connection.CreateCommand();
        probe.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'"; // our constants, never user input
        if (Convert.ToInt64(probe.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        using var alter = connection.CreateCommand();
        alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} TEXT";
        alter.ExecuteNonQuery();
    }
}
