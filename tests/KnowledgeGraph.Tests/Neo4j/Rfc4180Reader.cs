using System.Text;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>A strict RFC 4180 reader for checking the CSV bundle: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class Rfc4180Reader
{
    /// <summary>Records of fields; a field is null when it was empty and unquoted (neo4j-admin: no property).</summary>
    public static List<List<string?>> Read(string csv)
    {
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var i = 0;
        while (i < csv.Length)
        {
            string? field;
            if (csv[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(csv[i++]);
                }

                field = sb.ToString();
            }
            else
            {
                var startField = i;
                while (i < csv.Length && csv[i] is not (',' or '\n' or '\r'))
                {
                    if (csv[i] == '"')
                    {
                        throw new FormatException($"a quote inside an unquoted field at {i}");
                    }

                    i++;
                }

                field = i == startField ? null : csv[startField..i];
            }

            record.Add(field);
            if (i >= csv.Length || csv[i] is '\n' or '\r')
            {
                i += i + 1 < csv.Length && csv[i] == '\r' && csv[i + 1] == '\n' ? 2 : 1;
                records.Add(record);
                record = [];
            }
            else if (csv[i] == ',')
            {
                i++;
            }
            else
            {
                throw new FormatException($"expected ',' or a line end after a field at {i}");
            }
        }

        return records;
    }
}
