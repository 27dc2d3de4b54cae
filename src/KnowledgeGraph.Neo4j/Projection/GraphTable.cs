using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>
/// One kind of node or relationship with its rows: the neutral form that the Cypher script, the
/// CSV bundle and the HTTP push all render, so the three carry the same graph. Row values are
/// aligned with <see cref="Columns"/> and typed as <see cref="PropertyType"/> says.
/// </summary>
public abstract partial record GraphTable
{
    protected GraphTable(string name, IReadOnlyList<Column> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var c in columns)
        {
            // Property keys are spliced into Cypher and CSV headers, so they must be plain identifiers.
            if (!IdentifierPattern().IsMatch(c.Name))
            {
                throw new ArgumentException($"'{c.Name}' is not a plain property key", nameof(columns));
            }
        }

        if (!IdentifierPattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain table name", nameof(name));
        }

        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>A short snake_case name, also the CSV file's stem.</summary>
    public string Name { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>The idempotent MERGE statement for these rows; <paramref name="rowsExpression"/> is <c>$rows</c> or a list literal.</summary>
    public abstract string Statement(string rowsExpression);

    /// <summary>How a row's value is read in Cypher: dates arrive as ISO strings and become DATE.</summary>
    protected static string ValueExpression(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type == PropertyType.Date ? $"date(row.{column.Name})" : $"row.{column.Name}";
    }

    protected static void AppendSet(StringBuilder sb, string variable, IEnumerable<Column> columns, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(sb);
        var items = labels.Select(l => $"{variable}:{l}")
            .Concat(columns.Select(c => $"{variable}.{c.Name} = {ValueExpression(c)}"))
            .ToList();
        if (items.Count > 0)
        {
            sb.Append("\nSET ").AppendJoin(", ", items);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
