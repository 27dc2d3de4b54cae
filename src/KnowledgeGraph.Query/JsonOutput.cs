using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Query;

/// <summary>Indented UTF-8 JSON written by a callback, returned as text ending in a new line.</summary>
internal static class JsonOutput
{
    public static string Write(Action<Utf8JsonWriter> write, bool htmlSafe = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions
        {
            Indented = !htmlSafe,

            // Inside an HTML page '<', '>', '&' and quotes must be escaped so "</script>" in a quote cannot close the script.
            Encoder = htmlSafe ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(w);
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray()) + (htmlSafe ? "" : Environment.NewLine);
    }

    public static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void WriteEntity(Utf8JsonWriter w, string property, KnowledgeGraph.Core.Queries.NamedEntity? e)
    {
        if (e is null)
        {
            w.WriteNull(property);
            return;
        }

        w.WriteStartObject(property);
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", e.Type.ToString());
        w.WriteEndObject();
    }

    public static void WriteConnections(Utf8JsonWriter w, IReadOnlyList<KnowledgeGraph.Core.Queries.Connection> connections)
    {
        w.WriteStartArray("connections");
        foreach (var c in connections)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind == KnowledgeGraph.Core.Queries.ConnectionKind.Event ? "event" : "quote");
            w.WriteString("id", c.Id);
            w.WriteString("label", c.Label);
            w.WriteString("date", PrecisionDate.Format(c.Date, c.DatePrecision));
            w.WriteString("precision", c.Date is null ? null : ContractNames.Of(c.DatePrecision ?? TimePrecision.Day));
            w.WriteString("sentence", c.Sentence);
            w.WriteString("document", c.DocumentId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
