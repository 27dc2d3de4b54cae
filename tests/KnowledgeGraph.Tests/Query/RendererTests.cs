using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;

namespace KnowledgeGraph.Tests.Query;

public class RendererTests
{
    private static readonly QuoteHit Hit = new()
    {
        QuoteId = "q1",
        Kind = QuoteKind.Direct,
        Text = "We will | open\nthe port",
        Speaker = "Ada Lindqvist",
        Date = new DateOnly(2024, 3, 5),
        Sentence = "s",
        DocumentId = "d",
    };

    private static readonly TimelineEntry Entry = new()
    {
        EventId = "e1",
        Type = EventType.Meeting,
        Status = EventStatus.Occurred,
        Participants = ["Ada Lindqvist", "Tomas Okafor"],
        Place = "Oslo",
        Sentence = "Ada Lindqvist met Tomas Okafor in Oslo on Tuesday.",
        DocumentId = "d",
        Time = new TimeValue { DocumentId = "d", Text = "", Value = "2024-03-05", Type = TimexType.Date, Span = default, Start = new DateOnly(2024, 3, 5), IsReportDate = true },
    };

    [Theory]
    [InlineData("table", "2024-03-05  Ada Lindqvist")]
    [InlineData("md", "| 2024-03-05 | Ada Lindqvist |  | direct | \u201cWe will \\| open the port\u201d |")]
    public void Quotes_print_one_row_each_with_new_lines_and_pipes_made_safe(string format, string expected)
    {
        var text = QuoteRenderer.Render([Hit], OutputFormats.Parse(format));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(format == "md" ? 3 : 3, text.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Json_output_is_an_array_that_parses_back()
    {
        using var quotes = JsonDocument.Parse(QuoteRenderer.Render([Hit], OutputFormat.Json));
        using var timeline = JsonDocument.Parse(TimelineRenderer.Render([Entry], OutputFormat.Json));

        Assert.Equal("We will | open\nthe port", quotes.RootElement[0].GetProperty("text").GetString());
        Assert.Equal("Meeting", timeline.RootElement[0].GetProperty("type").GetString());
        Assert.True(timeline.RootElement[0].GetProperty("report_date").GetBoolean());
    }

    [Fact]
    public void A_report_date_standing_in_for_the_event_date_is_marked_as_such()
    {
        Assert.Contains("2024-03-05 (reported)", TimelineRenderer.Render([Entry], OutputFormat.Table), StringComparison.Ordinal);
    }
}
