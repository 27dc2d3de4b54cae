using System.Globalization;
using System.Text;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Renders values as Cypher literals for the parameter-free script that <c>cypher-shell -f</c> runs.
/// Strings are single-quoted with every character that could end the literal, break a line, or
/// look like a comment or a statement end to a naive splitter written as an escape.
/// </summary>
public static class CypherLiteral
{
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    public static void AppendString(StringBuilder sb, string value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(value);
        sb.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;

                // ';' ends a statement and "//", "/*", "*/" open or close comments for tools that split scripts naively.
                case ';':
                case '/' when Next(value, i) is '/' or '*' || Previous(value, i) == '*':
                    AppendUnicodeEscape(sb, c);
                    break;
                default:
                    if (NeedsEscape(value, i))
                    {
                        AppendUnicodeEscape(sb, c);
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('\'');
    }

    /// <summary>A row value of the given type as a Cypher literal; dates stay ISO strings, the statement applies <c>date()</c>.</summary>
    public static void AppendValue(StringBuilder sb, object? value, PropertyType type)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                AppendString(sb, s);
                break;
            case long n:
                sb.Append(n.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case DateOnly d:
                AppendString(sb, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<string> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    AppendString(sb, list[i]);
                }

                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} is not a {type} value", nameof(value));
        }
    }

    private static bool NeedsEscape(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        }

        return char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c) =>
        sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static char Next(string s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static char Previous(string s, int i) => i > 0 ? s[i - 1] : '\0';
}
