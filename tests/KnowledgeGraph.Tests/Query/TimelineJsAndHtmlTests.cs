using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;

namespace KnowledgeGraph.Tests.Query;

public class TimelineJsAndHtmlTests
{
    private const string Hostile = "</script><script>alert('x')</script> & <b>bold</b>";

    private static readonly TimelineEntry[] Entries =
    [
        Entry("e-day", EventType.Meeting, "2024-03-05", new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 6), TimePrecision.Day, "Ada Lindqvist met Tomas Okafor."),
        Entry("e-month", EventType.Visit, "2024-10", new DateOnly(2024, 10, 1), new DateOnly(2024, 11, 1), TimePrecision.Month, "Okafor will visit Bergen next month."),
        Entry("e-year", EventType.Election, "2026", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), TimePrecision.Year, "Voters go to the polls in 2026."),
        Entry("e-hostile", EventType.Warning, "2024-03-07", new DateOnly(2024, 3, 7), new DateOnly(2024, 3, 8), TimePrecision.Day, "\"" + Hostile + "\" he warned."),
        Entry("e-undated", EventType.Oppose, null, null, null, TimePrecision.Unknown, "Dock workers protested."),
    ];

    [Fact]
    public void TimelineJs_events_have_the_fields_TimelineJS_requires()
    {
        using var json = JsonDocument.Parse(TimelineJsRenderer.Render(Entries, "Test timeline"));
        var events = json.RootElement.GetProperty("events");

        Assert.Equal(4, events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, e.GetProperty("start_date").GetProperty("year").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("text").GetProperty("headline").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("text").GetProperty("text").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("group").ValueKind);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("unique_id").GetString()));
        }
    }

    [Theory]
    [InlineData("e-day", "2024-3-5")]
    [InlineData("e-month", "2024-10-")]
    [InlineData("e-year", "2026--")]
    public void TimelineJs_dates_stop_at_the_precision_they_have(string id, string expected)
    {
        using var json = JsonDocument.Parse(TimelineJsRenderer.Render(Entries, "t"));
        var start = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("unique_id").GetString() == id).GetProperty("start_date");

        string Part(string name) => start.TryGetProperty(name, out var v) ? v.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        Assert.Equal(expected, $"{Part("year")}-{Part("month")}-{Part("day")}");
    }

    [Fact]
    public void TimelineJs_leaves_undated_events_out_and_says_how_many()
    {
        using var json = JsonDocument.Parse(TimelineJsRenderer.Render(Entries, "t"));

        Assert.Equal(1, json.RootElement.GetProperty("kg_undated_left_out").GetInt32());
        Assert.Contains("1 undated", json.RootElement.GetProperty("title").GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("unique_id").GetString() == "e-undated");
    }

    [Fact]
    public void TimelineJs_text_is_html_escaped_because_TimelineJS_shows_it_as_html()
    {
        var output = TimelineJsRenderer.Render(Entries, "t");

        Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_keeps_hostile_text_inside_its_data_block()
    {
        var html = TimelineHtmlRenderer.Render(Entries, "Harbour </title><script>alert(1)</script>");

        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_data_parses_back_to_the_original_text_with_every_event()
    {
        var html = TimelineHtmlRenderer.Render(Entries, "t");
        var data = Regex.Match(html, "<script type=\"application/json\" id=\"kg-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var json = JsonDocument.Parse(data);
        var events = json.RootElement.GetProperty("events");

        Assert.Equal(5, events.GetArrayLength());
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("sentence").GetString()!.Contains(Hostile, StringComparison.Ordinal));
        var month = events.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "e-month");
        Assert.Equal("month", month.GetProperty("precision").GetString());
        Assert.Equal("2024-11-01", month.GetProperty("end").GetString());
        Assert.Equal(JsonValueKind.Null, events[4].GetProperty("start").ValueKind);
    }

    [Fact]
    public void Html_page_needs_no_network()
    {
        var html = TimelineHtmlRenderer.Render(Entries, "t");

        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("Entity", html, StringComparison.Ordinal);
    }

    private static TimelineEntry Entry(string id, EventType type, string? value, DateOnly? start, DateOnly? end, TimePrecision precision, string sentence) => new()
    {
        EventId = id,
        Type = type,
        Status = EventStatus.Occurred,
        Participants = ["Ada Lindqvist"],
        Place = "Oslo",
        Sentence = sentence,
        DocumentId = "d1",
        Time = value is null ? null : new TimeValue { DocumentId = "d1", Text = value, Value = value, Type = TimexType.Date, Span = default, Start = start, End = end, Precision = precision },
    };
}
