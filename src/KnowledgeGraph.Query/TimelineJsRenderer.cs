using System.Net;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Query;

/// <summary>
/// A timeline as TimelineJS 3 JSON: <c>events[].start_date {year, month, day}</c> with month and day left
/// out for coarser dates, <c>text {headline, text}</c> (HTML-escaped: TimelineJS shows it as HTML) and
/// <c>group</c> (the event type). Undated events cannot be placed and are left out; <c>kg_undated_left_out</c> counts them.
/// </summary>
public static class TimelineJsRenderer
{
    public static string Render(IReadOnlyList<TimelineEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var placed = entries.Where(e => e.Time?.Start is not null).ToList();
        var undated = entries.Count - placed.Count;
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("title");
            w.WriteStartObject("text");
            w.WriteString("headline", WebUtility.HtmlEncode(title));
            w.WriteString("text", undated == 0 ? "" : WebUtility.HtmlEncode($"{undated} undated event(s) are not shown: TimelineJS needs a date."));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("events");
            foreach (var e in placed)
            {
                WriteEvent(w, e);
            }

            w.WriteEndArray();
            w.WriteNumber("kg_undated_left_out", undated);
            w.WriteEndObject();
        });
    }

    private static void WriteEvent(Utf8JsonWriter w, TimelineEntry e)
    {
        var time = e.Time!;
        var start = time.Start!.Value;
        w.WriteStartObject();
        w.WriteString("unique_id", e.EventId);
        WriteDate(w, "start_date", start, time.Precision);

        // A stretch longer than its own unit (a season, a quarter, a decade) gets an end, so it is drawn as a span.
        if (time.End is { } end && IsSpan(time.Precision) && end.AddDays(-1) > start)
        {
            WriteDate(w, "end_date", end.AddDays(-1), time.Precision);
        }

        if (!IsExact(time.Precision))
        {
            w.WriteString("display_date", TimelineRenderer.When(time));
        }

        w.WriteStartObject("text");
        var who = string.Join(", ", e.Participants);
        w.WriteString("headline", WebUtility.HtmlEncode(ContractNames.Of(e.Type) + (who.Length == 0 ? "" : ": " + who)));
        var details = new List<string> { ContractNames.Of(e.Status) };
        if (e.Place is not null)
        {
            details.Add("in " + e.Place);
        }

        if (time.IsReportDate)
        {
            details.Add("dated by the article's publication date");
        }

        details.Add(e.DocumentTitle ?? e.DocumentId);
        w.WriteString("text", "<p>" + WebUtility.HtmlEncode(e.Sentence) + "</p><p>" + WebUtility.HtmlEncode(string.Join(" \u00b7 ", details)) + "</p>");
        w.WriteEndObject();
        w.WriteString("group", ContractNames.Of(e.Type));
        w.WriteEndObject();
    }

    /// <summary>{year, month, day} down to the precision the date has: "2023-10" gives no day, "2006" no month.</summary>
    private static void WriteDate(Utf8JsonWriter w, string property, DateOnly d, TimePrecision precision)
    {
        w.WriteStartObject(property);
        w.WriteNumber("year", d.Year);
        if (precision is not (TimePrecision.Year or TimePrecision.Decade or TimePrecision.Century))
        {
            w.WriteNumber("month", d.Month);
            if (precision is not (TimePrecision.Month or TimePrecision.Season or TimePrecision.Quarter or TimePrecision.Half))
            {
                w.WriteNumber("day", d.Day);
            }
        }

        w.WriteEndObject();
    }

    private static bool IsSpan(TimePrecision p) => p is TimePrecision.Season or TimePrecision.Quarter or TimePrecision.Half or TimePrecision.Decade or TimePrecision.Century or TimePrecision.Week or TimePrecision.Weekend;

    private static bool IsExact(TimePrecision p) => p is TimePrecision.Day or TimePrecision.Month or TimePrecision.Year or TimePrecision.Hour or TimePrecision.Minute;
}
