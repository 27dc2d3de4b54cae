using System.Text;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>Prints the shortest chains between two entities, one step per line with the events and quotes behind it.</summary>
public static class PathRenderer
{
    public static string Render(PathResult path, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (format == OutputFormat.Json)
        {
            return JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                JsonOutput.WriteEntity(w, "from", path.From);
                JsonOutput.WriteEntity(w, "to", path.To);
                w.WriteNumber("hops", path.Hops);
                w.WriteStartArray("chains");
                foreach (var chain in path.Chains)
                {
                    w.WriteStartArray();
                    foreach (var step in chain)
                    {
                        w.WriteStartObject();
                        JsonOutput.WriteEntity(w, "from", step.From);
                        JsonOutput.WriteEntity(w, "to", step.To);
                        JsonOutput.WriteConnections(w, step.Connections);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        var sb = new StringBuilder();
        var md = format == OutputFormat.Markdown;
        if (path.Chains.Count == 0)
        {
            sb.AppendLine($"No chain of events or quotes links {path.From.Name} and {path.To.Name}.");
            return sb.ToString();
        }

        sb.AppendLine($"{(md ? "## " : "")}{path.From.Name} -> {path.To.Name}: {path.Chains.Count} shortest chain(s) of {path.Hops} step(s)");
        for (var i = 0; i < path.Chains.Count; i++)
        {
            var chain = path.Chains[i];
            sb.AppendLine();
            sb.AppendLine($"{(md ? "### " : "")}Chain {i + 1}: {string.Join(" -> ", chain.Select(s => s.From.Name).Append(chain[^1].To.Name))}");
            var table = new TextTable("From", "To", "Connected by");
            foreach (var step in chain)
            {
                table.Add(step.From.Name, step.To.Name, string.Join("; ", step.Connections.Select(NeighbourRenderer.Describe)));
            }

            sb.Append(md ? table.ToMarkdown() : table.ToPlainText());
        }

        return sb.ToString();
    }
}
