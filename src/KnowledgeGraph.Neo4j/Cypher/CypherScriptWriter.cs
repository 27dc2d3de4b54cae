using System.Text;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Writes the graph as a Cypher script without parameters: one <c>UNWIND [...] AS row MERGE ...;</c>
/// statement per batch, each an auto-commit transaction under <c>cypher-shell -f</c>. Every
/// statement MERGEs on ids, so running the script twice changes nothing.
/// </summary>
public static class CypherScriptWriter
{
    public const int DefaultBatchSize = 200;

    public static IEnumerable<string> Statements(IReadOnlyList<GraphTable> tables, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var table in tables)
        {
            foreach (var batch in table.Rows.Chunk(batchSize))
            {
                yield return table.Statement(ListLiteral(table, batch));
            }
        }
    }

    public static void Write(TextWriter writer, IReadOnlyList<GraphTable> tables, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tables);
        writer.Write("// KnowledgeGraph data: run graph-schema's schema.cypher first, then this file.\n");
        writer.Write("// cypher-shell -a neo4j://localhost:7687 -u neo4j -f data.cypher\n");
        foreach (var statement in Statements(tables, batchSize))
        {
            writer.Write('\n');
            writer.Write(statement);
            writer.Write(";\n");
        }
    }

    private static string ListLiteral(GraphTable table, object?[][] rows)
    {
        var sb = new StringBuilder();
        sb.Append('[');
        for (var r = 0; r < rows.Length; r++)
        {
            sb.Append(r == 0 ? "\n  {" : ",\n  {");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0)
                {
                    sb.Append(", ");
                }

                var column = table.Columns[c];
                sb.Append(column.Name).Append(": ");
                CypherLiteral.AppendValue(sb, rows[r][c], column.Type);
            }

            sb.Append('}');
        }

        sb.Append("\n]");
        return sb.ToString();
    }
}
