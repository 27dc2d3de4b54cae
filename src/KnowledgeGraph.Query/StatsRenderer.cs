using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>Prints what a store holds: counts, counts by type, top entities, date range, articles without a date.</summary>
public static class StatsRenderer
{
    public static string Render(StoreOverview overview, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var c = overview.Counts;
        if (format == OutputFormat.Json)
        {
            return JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("documents", c.Documents);
                w.WriteNumber("entities", c.Entities);
                w.WriteNumber("events", c.Events);
                w.WriteNumber("quotes", c.Quotes);
                w.WriteNumber("time_expressions", c.TimeExpressions);
                WriteCounts(w, "entities_by_type", overview.EntitiesByType);
                WriteCounts(w, "events_by_type", overview.EventsByType);
                WriteCounts(w, "quotes_by_kind", overview.QuotesByKind);
                w.WriteString("first_event", JsonOutput.Day(overview.FirstEvent));
                w.WriteString("last_event", JsonOutput.Day(overview.LastEvent));
                w.WriteNumber("undated_events", overview.UndatedEvents);
                w.WriteNumber("documents_without_date", overview.DocumentsWithoutDate);
                w.WriteStartArray("top_entities");
                foreach (var t in overview.TopEntities)
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.Entity.Id);
                    w.WriteString("name", t.Entity.Name);
                    w.WriteString("type", t.Entity.Type.ToString());
                    w.WriteNumber("events", t.Events);
                    w.WriteNumber("quotes", t.Quotes);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        var md = format == OutputFormat.Markdown;
        var sb = new StringBuilder();
        var counts = new TextTable("What", "Count");
        counts.Add("documents", N(c.Documents));
        counts.Add("documents without a publication date", N(overview.DocumentsWithoutDate));
        counts.Add("entities", N(c.Entities));
        foreach (var (type, n) in overview.EntitiesByType)
        {
            counts.Add("entities: " + type, N(n));
        }

        counts.Add("events", N(c.Events));
        foreach (var (type, n) in overview.EventsByType)
        {
            counts.Add("events: " + type, N(n));
        }

        counts.Add("events: undated", N(overview.UndatedEvents));
        counts.Add("quotes", N(c.Quotes));
        foreach (var (kind, n) in overview.QuotesByKind)
        {
            counts.Add("quotes: " + kind, N(n));
        }

        counts.Add("time expressions", N(c.TimeExpressions));
        counts.Add("events from", JsonOutput.Day(overview.FirstEvent) ?? "-");
        counts.Add("events to", JsonOutput.Day(overview.LastEvent) ?? "-");
        sb.Append(md ? counts.ToMarkdown() : counts.ToPlainText());
        sb.AppendLine();
        sb.AppendLine(md ? "### Top entities" : "Top entities");
        if (md)
        {
            sb.AppendLine();
        }

        var top = new TextTable("Entity", "Type", "Events", "Quotes said");
        foreach (var t in overview.TopEntities)
        {
            top.Add(t.Entity.Name, t.Entity.Type.ToString(), N(t.Events), N(t.Quotes));
        }

        sb.Append(md ? top.ToMarkdown() : top.ToPlainText());
        return sb.ToString();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void WriteCounts(System.Text.Json.Utf8JsonWriter w, string property, IReadOnlyDictionary<string, int> counts)
    {
        w.WriteStartObject(property);
        foreach (var (name, n) in counts)
        {
            w.WriteNumber(name, n);
        }

        w.WriteEndObject();
    }
}
