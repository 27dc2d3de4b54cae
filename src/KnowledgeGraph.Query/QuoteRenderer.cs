using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>Prints who said what: date, speaker, addressee, kind and the quoted words.</summary>
public static class QuoteRenderer
{
    public static string Render(IReadOnlyList<QuoteHit> hits, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (format == OutputFormat.Json)
        {
            return RenderJson(hits);
        }

        var table = new TextTable("Date", "Speaker", "To", "Kind", "Quote");
        foreach (var q in hits)
        {
            table.Add(PrecisionDate.Format(q.Date, q.DatePrecision) ?? "undated", q.Speaker ?? "(unknown)", q.Addressee, ContractNames.Of(q.Kind), "\u201c" + q.Text + "\u201d");
        }

        return format == OutputFormat.Markdown ? table.ToMarkdown() : table.ToPlainText();
    }

    private static string RenderJson(IReadOnlyList<QuoteHit> hits)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var q in hits)
            {
                w.WriteStartObject();
                w.WriteString("quote", q.QuoteId);
                w.WriteString("kind", ContractNames.Of(q.Kind));
                w.WriteString("text", q.Text);
                w.WriteString("speaker", q.Speaker);
                w.WriteString("addressee", q.Addressee);
                w.WriteString("date", PrecisionDate.Format(q.Date, q.DatePrecision));
                w.WriteString("precision", q.Date is null ? null : ContractNames.Of(q.DatePrecision ?? TimePrecision.Day));
                w.WriteString("sentence", q.Sentence);
                w.WriteString("document", q.DocumentId);
                w.WriteString("title", q.DocumentTitle);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray()) + Environment.NewLine;
    }
}
