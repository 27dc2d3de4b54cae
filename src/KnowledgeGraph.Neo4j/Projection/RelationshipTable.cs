using System.Text;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>
/// Relationships of one type between two id spaces. The first two columns are <c>from_id</c> and
/// <c>to_id</c> (node ids); <see cref="KeyColumns"/> tell apart two relationships between the same
/// nodes (two evidence spans in one document) and are part of the MERGE pattern.
/// </summary>
public sealed record RelationshipTable : GraphTable
{
    public RelationshipTable(
        string name,
        RelationshipType type,
        NodeLabel fromLabel,
        NodeLabel toLabel,
        IReadOnlyList<Column> columns,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<object?[]> rows)
        : base(name, columns, rows)
    {
        ArgumentNullException.ThrowIfNull(keyColumns);
        if (columns.Count < 2 || columns[0] != FromColumn || columns[1] != ToColumn)
        {
            throw new ArgumentException("a relationship table starts with the from_id and to_id columns");
        }

        if (keyColumns.Any(k => !columns.Skip(2).Any(c => c.Name == k)))
        {
            throw new ArgumentException("every key column must be a property column", nameof(keyColumns));
        }

        Type = type;
        FromLabel = fromLabel;
        ToLabel = toLabel;
        KeyColumns = keyColumns;
    }

    public static Column FromColumn { get; } = new("from_id", PropertyType.Text);

    public static Column ToColumn { get; } = new("to_id", PropertyType.Text);

    public RelationshipType Type { get; }

    public NodeLabel FromLabel { get; }

    public NodeLabel ToLabel { get; }

    public IReadOnlyList<string> KeyColumns { get; }

    public override string Statement(string rowsExpression)
    {
        var sb = new StringBuilder();
        sb.Append("UNWIND ").Append(rowsExpression).Append(" AS row\n");
        sb.Append("MATCH (a:").Append(Neo4jNames.Of(FromLabel)).Append(" {id: row.from_id})\n");
        sb.Append("MATCH (b:").Append(Neo4jNames.Of(ToLabel)).Append(" {id: row.to_id})\n");
        sb.Append("MERGE (a)-[r:").Append(Neo4jNames.Of(Type));
        var keys = Columns.Where(c => KeyColumns.Contains(c.Name)).ToList();
        if (keys.Count > 0)
        {
            sb.Append(" {").AppendJoin(", ", keys.Select(k => $"{k.Name}: {ValueExpression(k)}")).Append('}');
        }

        sb.Append("]->(b)");
        AppendSet(sb, "r", Columns.Skip(2).Where(c => !KeyColumns.Contains(c.Name)), []);
        return sb.ToString();
    }
}
