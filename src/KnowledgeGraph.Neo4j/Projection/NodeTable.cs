using System.Text;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>Nodes with the same labels; the first column is <c>id</c>, merged on the first label.</summary>
public sealed record NodeTable : GraphTable
{
    public NodeTable(string name, IReadOnlyList<NodeLabel> labels, IReadOnlyList<Column> columns, IReadOnlyList<object?[]> rows)
        : base(name, columns, rows)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0 || columns[0] != IdColumn)
        {
            throw new ArgumentException("a node table needs a label and 'id' as its first column");
        }

        Labels = labels;
    }

    public static Column IdColumn { get; } = new("id", PropertyType.Text);

    /// <summary>The key label (the id space) first, then any more labels.</summary>
    public IReadOnlyList<NodeLabel> Labels { get; }

    public override string Statement(string rowsExpression)
    {
        var sb = new StringBuilder();
        sb.Append("UNWIND ").Append(rowsExpression).Append(" AS row\n");
        sb.Append("MERGE (n:").Append(Neo4jNames.Of(Labels[0])).Append(" {id: row.id})");
        AppendSet(sb, "n", Columns.Skip(1), Labels.Skip(1).Select(Neo4jNames.Of));
        return sb.ToString();
    }
}
