using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>Prints a neighbourhood: who is connected, how often, when, and through which events and quotes.</summary>
public static class NeighbourRenderer
{
    public static string Render(Neighbourhood neighbourhood, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        if (format == OutputFormat.Json)
        {
            return JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                JsonOutput.WriteEntity(w, "entity", neighbourhood.Center);
                w.WriteNumber("direct_total", neighbourhood.DirectTotal);
                w.WriteStartArray("neighbours");
                foreach (var n in neighbourhood.Neighbours)
                {
                    w.WriteStartObject();
                    JsonOutput.WriteEntity(w, "entity", n.Entity);
                    w.WriteNumber("depth", n.Depth);
                    JsonOutput.WriteEntity(w, "via", n.Via);
                    w.WriteNumber("events", n.Events);
                    w.WriteNumber("quotes", n.Quotes);
                    w.WriteString("first", JsonOutput.Day(n.First));
                    w.WriteString("last", JsonOutput.Day(n.Last));
                    JsonOutput.WriteConnections(w, n.Connections);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        var table = new TextTable("Depth", "Entity", "Type", "Via", "Events", "Quotes", "First", "Last", "Connected by");
        foreach (var n in neighbourhood.Neighbours)
        {
            table.Add(
                n.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                n.Entity.Name,
                n.Entity.Type.ToString(),
                n.Via?.Name,
                n.Events.ToString(System.Globalization.CultureInfo.InvariantCulture),
                n.Quotes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                JsonOutput.Day(n.First),
                JsonOutput.Day(n.Last),
                string.Join("; ", n.Connections.Select(Describe)));
        }

        var heading = $"Neighbours of {neighbourhood.Center.Name} ({neighbourhood.Center.Type}): {neighbourhood.DirectTotal} directly connected";
        return format == OutputFormat.Markdown
            ? "## " + heading + Environment.NewLine + Environment.NewLine + table.ToMarkdown()
            : heading + Environment.NewLine + table.ToPlainText();
    }

    /// <summary>"Meeting 2023-09-13: Ada met Tomas in Oslo.", "Visit 2023-10: ..." for a month — one connection in a cell.</summary>
    internal static string Describe(Connection c) =>
        $"{c.Label}{(c.Date is null ? "" : " " + PrecisionDate.Format(c.Date, c.DatePrecision))}: {c.Sentence}";
}
