using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Neo4j.Push;

/// <summary>Rows as the <c>$rows</c> parameter: JSON maps keyed by column, dates as ISO strings that the statement turns into DATE.</summary>
public static class PushParameters
{
    public const string RowsParameter = "rows";

    public static JsonObject For(GraphTable table, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var array = new JsonArray();
        foreach (var row in rows)
        {
            var map = new JsonObject();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                map[table.Columns[c].Name] = Value(row[c]);
            }

            array.Add(map);
        }

        return new JsonObject { [RowsParameter] = array };
    }

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        long n => JsonValue.Create(n),
        bool b => JsonValue.Create(b),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        IReadOnlyList<string> list => new JsonArray([.. list.Select(x => (JsonNode?)JsonValue.Create(x))]),
        _ => throw new ArgumentException($"a {value.GetType().Name} cannot be sent as a parameter", nameof(value)),
    };
}
