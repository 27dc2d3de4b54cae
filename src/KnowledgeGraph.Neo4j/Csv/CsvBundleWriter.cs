using System.Globalization;
using System.Text;
using KnowledgeGraph.Neo4j.Projection;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Neo4j.Csv;

/// <summary>
/// Writes the tables as a <c>neo4j-admin database import full</c> bundle: one CSV per table with
/// typed headers (<c>id:ID(Entity)</c>, <c>:LABEL</c>, <c>published:date</c>, <c>count:long</c>,
/// <c>aliases:string[]</c>, <c>:START_ID(Entity)</c>, <c>:END_ID(Event)</c>, <c>:TYPE</c>).
/// Fields follow RFC 4180: every string is quoted, quotes doubled, line breaks kept inside quotes
/// (hence <c>--multiline-fields=true</c>); a null is an empty unquoted field, which the importer
/// reads as "no property".
/// </summary>
public static class CsvBundleWriter
{
    /// <summary>Between labels and list elements; a control character no news text contains, dropped from values.</summary>
    public const char ArrayDelimiter = '\u001F';

    public const string ArrayDelimiterOption = "U+001F";

    public const string ImportFolder = "import";

    public static string FileName(GraphTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{table.Name}.csv";
    }

    public static IReadOnlyList<string> Header(GraphTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table switch
        {
            NodeTable n => [$"id:ID({Neo4jNames.Of(n.Labels[0])})", ":LABEL", .. n.Columns.Skip(1).Select(TypedName)],
            RelationshipTable r =>
            [
                $":START_ID({Neo4jNames.Of(r.FromLabel)})", $":END_ID({Neo4jNames.Of(r.ToLabel)})", ":TYPE",
                .. r.Columns.Skip(2).Select(TypedName),
            ],
            _ => throw new ArgumentException("unknown table kind", nameof(table)),
        };
    }

    public static void Write(TextWriter writer, GraphTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        writer.Write(string.Join(',', Header(table)) + "\n");
        var sb = new StringBuilder();
        foreach (var row in table.Rows)
        {
            switch (table)
            {
                case NodeTable n:
                    AppendField(sb, row[0], PropertyType.Text);
                    sb.Append(',');
                    AppendField(sb, n.Labels.Select(Neo4jNames.Of).ToList(), PropertyType.StringList);
                    AppendRest(sb, table, row, 1);
                    break;
                case RelationshipTable r:
                    AppendField(sb, row[0], PropertyType.Text);
                    sb.Append(',');
                    AppendField(sb, row[1], PropertyType.Text);
                    sb.Append(',');
                    AppendField(sb, Neo4jNames.Of(r.Type), PropertyType.Text);
                    AppendRest(sb, table, row, 2);
                    break;
                default:
                    throw new ArgumentException("unknown table kind", nameof(table));
            }

            sb.Append('\n');
            writer.Write(sb);
            sb.Clear();
        }
    }

    private static void AppendRest(StringBuilder sb, GraphTable table, object?[] row, int from)
    {
        for (var c = from; c < table.Columns.Count; c++)
        {
            sb.Append(',');
            AppendField(sb, row[c], table.Columns[c].Type);
        }
    }

    private static string TypedName(Column c) => c.Type switch
    {
        PropertyType.Text => c.Name,
        PropertyType.Integer => c.Name + ":long",
        PropertyType.Boolean => c.Name + ":boolean",
        PropertyType.Date => c.Name + ":date",
        PropertyType.StringList => c.Name + ":string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static void AppendField(StringBuilder sb, object? value, PropertyType type)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                AppendQuoted(sb, s);
                break;
            case long n:
                sb.Append(n.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case DateOnly d:
                sb.Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<string> list:
                AppendQuoted(sb, string.Join(ArrayDelimiter, list.Select(x => x.Replace(ArrayDelimiter.ToString(), "", StringComparison.Ordinal))));
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} is not a {type} value", nameof(value));
        }
    }

    private static void AppendQuoted(StringBuilder sb, string s) =>
        sb.Append('"').Append(s.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
