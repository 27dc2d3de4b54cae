using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph;

/// <summary>Writes the <c>kg-graph/1</c> JSON contract (see docs/graph-json.md).</summary>
public static class GraphJsonWriter
{
    public const string Format = "kg-graph/1";

    public static void Write(KnowledgeGraphModel graph, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        w.WriteStartObject();
        w.WriteString("format", Format);

        w.WriteStartArray("documents");
        foreach (var d in graph.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("title", d.Title);
            w.WriteString("source", d.Source);
            WriteDate(w, "published", d.Published);
            w.WriteString("published_source", ContractNames.Of(d.PublishedSource));
            if (d.PublishedNotBefore is { } nb)
            {
                WriteDate(w, "published_not_before", nb);
            }

            if (d.PublishedEvidence is not null)
            {
                w.WriteString("published_evidence", d.PublishedEvidence);
            }

            if (d.Url is not null)
            {
                w.WriteString("url", d.Url);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in graph.Entities)
        {
            WriteEntity(w, e);
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in graph.Events)
        {
            WriteEvent(w, e);
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in graph.Quotes)
        {
            WriteQuote(w, q);
        }

        w.WriteEndArray();

        w.WriteStartArray("timex");
        foreach (var t in graph.Timexes)
        {
            w.WriteStartObject();
            w.WriteString("document", t.DocumentId);
            w.WriteString("text", t.Text);
            w.WriteString("value", t.Value);
            w.WriteString("type", ContractNames.Of(t.Type));
            WriteSpan(w, t.Span);
            WriteDate(w, "start", t.Start);
            WriteDate(w, "end", t.End);
            w.WriteString("precision", ContractNames.Of(t.Precision));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    public static string WriteToString(KnowledgeGraphModel graph, bool indented = true)
    {
        using var ms = new MemoryStream();
        Write(graph, ms, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", ContractNames.Of(e.Type));
        w.WriteString("subtype", e.Subtype);
        w.WriteString("name", e.Name);
        w.WriteStartArray("aliases");
        foreach (var a in e.Aliases)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        w.WriteStartObject("attributes");
        foreach (var group in e.Attributes.GroupBy(a => a.Name, StringComparer.Ordinal))
        {
            var values = group.Select(a => a.Value).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 1)
            {
                w.WriteString(group.Key, values[0]);
            }
            else
            {
                w.WriteStartArray(group.Key);
                foreach (var v in values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("document", m.DocumentId);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", ContractNames.Of(e.Type));
        w.WriteString("status", ContractNames.Of(e.Status));
        w.WriteString("trigger", e.Trigger);
        w.WriteStartArray("participants");
        foreach (var p in e.Participants)
        {
            w.WriteStartObject();
            w.WriteString("entity", p.EntityId);
            w.WriteString("role", ContractNames.Of(p.Role));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("place", e.PlaceId);
        WriteTime(w, e.Time);
        w.WriteString("document", e.Evidence.DocumentId);
        WriteSpan(w, e.Evidence.Span);
        w.WriteString("sentence", e.Evidence.Sentence);
        w.WriteString("rule", e.Evidence.Rule);
        w.WriteStartArray("evidence");
        foreach (var ev in e.MoreEvidence.Prepend(e.Evidence))
        {
            w.WriteStartObject();
            w.WriteString("document", ev.DocumentId);
            WriteSpan(w, ev.Span);
            w.WriteString("sentence", ev.Sentence);
            w.WriteString("rule", ev.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, Quote q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("kind", ContractNames.Of(q.Kind));
        w.WriteString("speaker", q.SpeakerId);
        w.WriteString("addressee", q.AddresseeId);
        WriteTime(w, q.Time);
        w.WriteString("document", q.Evidence.DocumentId);
        WriteSpan(w, q.Span);
        w.WriteString("sentence", q.Evidence.Sentence);
        w.WriteString("rule", q.Evidence.Rule);
        w.WriteStartArray("mentions");
        foreach (var m in q.MentionIds)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, TimeValue? t)
    {
        if (t is null)
        {
            w.WriteNull("time");
            return;
        }

        w.WriteStartObject("time");
        w.WriteString("text", t.Text);
        w.WriteString("value", t.Value);
        WriteDate(w, "start", t.Start);
        WriteDate(w, "end", t.End);
        w.WriteString("precision", ContractNames.Of(t.Precision));
        w.WriteBoolean("report_date", t.IsReportDate);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteStartArray("span");
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
