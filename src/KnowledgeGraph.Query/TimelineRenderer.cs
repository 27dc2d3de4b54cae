using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>Prints a timeline: when, what, who, where, and the sentence that says so.</summary>
public static class TimelineRenderer
{
    public static string Render(IReadOnlyList<TimelineEntry> entries, OutputFormat format, string title = "Timeline")
    {
        ArgumentNullException.ThrowIfNull(entries);
        switch (format)
        {
            case OutputFormat.Json: return RenderJson(entries);
            case OutputFormat.TimelineJs: return TimelineJsRenderer.Render(entries, title);
            case OutputFormat.Html: return TimelineHtmlRenderer.Render(entries, title);
            default: break;
        }

        var table = new TextTable("When", "Event", "Status", "Who", "Where", "Evidence");
        foreach (var e in entries)
        {
            table.Add(When(e.Time), ContractNames.Of(e.Type), ContractNames.Of(e.Status), string.Join(", ", e.Participants), e.Place, e.Sentence);
        }

        return format == OutputFormat.Markdown ? table.ToMarkdown() : table.ToPlainText();
    }

    /// <summary>"2023-09-13", "2023-10" for a month; "(report date) 2023-09-13" when only the article's date is known; "undated".</summary>
    public static string When(TimeValue? time)
    {
        if (time is null)
        {
            return "undated";
        }

        return time.IsReportDate ? $"{time.Value} (reported)" : time.Value;
    }

    private static string RenderJson(IReadOnlyList<TimelineEntry> entries)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("event", e.EventId);
                w.WriteString("type", ContractNames.Of(e.Type));
                w.WriteString("status", ContractNames.Of(e.Status));
                w.WriteString("value", e.Time?.Value);
                w.WriteString("start", e.Time?.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("end", e.Time?.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteBoolean("report_date", e.Time?.IsReportDate ?? false);
                w.WriteStartArray("participants");
                foreach (var p in e.Participants)
                {
                    w.WriteStringValue(p);
                }

                w.WriteEndArray();
                w.WriteString("place", e.Place);
                w.WriteString("sentence", e.Sentence);
                w.WriteString("document", e.DocumentId);
                w.WriteString("title", e.DocumentTitle);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray()) + Environment.NewLine;
    }
}
