using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Decodes a Cypher string literal as Neo4j's lexer does (quotes, \\ \' \" \n \r \t \b \f \uXXXX \UXXXXXXXX), to check our escaping from the other side.</summary>
public static class CypherStringDecoder
{
    /// <summary>Decodes the literal that starts at <paramref name="start"/>; returns the value and the index after the closing quote.</summary>
    public static (string Value, int End) Decode(string text, int start)
    {
        var quote = text[start];
        Assert.True(quote is '\'' or '"', $"no string literal at {start}");
        var sb = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return (sb.ToString(), i + 1);
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = text[++i];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default:
                    throw new FormatException($"'\\{e}' is not a Cypher escape");
            }
        }

        throw new FormatException("unterminated string literal");
    }
}
