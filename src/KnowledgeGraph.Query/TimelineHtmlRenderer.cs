using System.Net;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>
/// A timeline as one self-contained HTML page (inline CSS and script, nothing fetched at view time):
/// each event a mark on a time axis, as wide as its date is coarse (a month-precision date is drawn
/// as the month, not as its first day), with a filter by entity. Undated events are listed apart.
/// The data sits in a JSON script block with '&lt;' escaped, and the page writes it with textContent,
/// so a quote holding "&lt;/script&gt;" or markup stays text.
/// </summary>
public static class TimelineHtmlRenderer
{
    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(TimelineHtmlRenderer).Assembly.GetManifestResourceStream("KnowledgeGraph.Query.timeline.html")
            ?? throw new InvalidOperationException("the timeline.html template is not embedded in KnowledgeGraph.Query");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Render(IReadOnlyList<TimelineEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(title);
        var data = JsonOutput.Write(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("title", title);
                w.WriteStartArray("events");
                foreach (var e in entries)
                {
                    var t = e.Time;
                    var dated = t?.Start is not null;
                    w.WriteStartObject();
                    w.WriteString("id", e.EventId);
                    w.WriteString("type", ContractNames.Of(e.Type));
                    w.WriteString("status", ContractNames.Of(e.Status));
                    w.WriteString("when", TimelineRenderer.When(t));
                    w.WriteString("start", dated ? JsonOutput.Day(t!.Start) : null);
                    w.WriteString("end", dated ? JsonOutput.Day(t!.End) : null);
                    w.WriteString("precision", t is null ? null : ContractNames.Of(t.Precision));
                    w.WriteBoolean("report_date", t?.IsReportDate ?? false);
                    w.WriteStartArray("entities");
                    foreach (var name in e.Participants.Concat(e.Place is null ? [] : [e.Place]).Distinct(StringComparer.Ordinal))
                    {
                        w.WriteStringValue(name);
                    }

                    w.WriteEndArray();
                    w.WriteString("sentence", e.Sentence);
                    w.WriteString("document", e.DocumentId);
                    w.WriteString("title", e.DocumentTitle);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
            htmlSafe: true);
        return Template.Value
            .Replace("{{TITLE}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{{DATA}}", data, StringComparison.Ordinal);
    }
}
