using System.Globalization;
using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.Cli;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Text that is valid but hostile to the extractors: no spaces, stray quote marks, deep markup, impossible dates.</summary>
public sealed class HostileTextTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    private readonly TempFolder _folder = new("hostile");

    public void Dispose() => _folder.Dispose();

    private static DocumentExtraction Extract(string text, DateOnly? published = null) => Pipeline.Extract(new Document
    {
        Id = "doc_hostile",
        Text = text,
        Source = "hostile.txt",
        Published = published ?? new DateOnly(2024, 3, 5),
        PublishedSource = PublishedSource.Metadata,
    });

    [Theory]
    [InlineData('x')]
    [InlineData('.')]
    [InlineData('"')]
    [InlineData('A')]
    public void A_10000_character_line_without_spaces_is_extracted_without_error(char filler)
    {
        var text = "Mayor Ines Carvalho spoke in Lisbon on Monday.\n\n" + new string(filler, 10_000) + "\n\nThe ferry left on Tuesday.";

        var extraction = Extract(text);

        Assert.Contains(extraction.Entities, e => e.Name == "Ines Carvalho");
        AssertSpansInside(extraction, text);
    }

    [Fact]
    public void A_quote_mark_left_open_in_a_one_paragraph_article_does_not_quote_the_whole_article()
    {
        var sentences = Enumerable.Range(1, 120).Select(i => string.Create(CultureInfo.InvariantCulture, $"Councillor Aiko Brennan said item {i} of the budget was approved."));
        var text = "\u201cThe harbour will reopen on Friday. " + string.Join(' ', sentences);

        var extraction = Extract(text);

        Assert.All(extraction.Quotes, q => Assert.True(q.Span.Length < 400, $"quote of {q.Span.Length} characters: {q.Text[..Math.Min(60, q.Text.Length)]}"));
        AssertSpansInside(extraction, text);
    }

    [Fact]
    public void Alternating_and_unpaired_quote_marks_across_paragraphs_give_short_quotes_only()
    {
        var paragraphs = Enumerable.Range(0, 60).Select(i => (i % 3) switch
        {
            0 => "\"The council met on Monday, said Mara Okafor.",
            1 => "Officials said the talks \u201cwent well and\u201d would go on\u201d tomorrow \u201d.",
            _ => "\u201d\u201c\"\u201e Tomas Lindqvist told reporters the port was closed.",
        });
        var text = string.Join("\n\n", paragraphs);

        var extraction = Extract(text);

        Assert.All(extraction.Quotes, q => Assert.True(q.Span.Length < 400, $"quote of {q.Span.Length} characters"));
        AssertSpansInside(extraction, text);
    }

    [Theory]
    [InlineData("The deadline was moved to 31 February 2023, officials said.")]
    [InlineData("The deadline was moved to February 31, 2023, officials said.")]
    [InlineData("The harbour was founded in the year 0, a plaque says.")]
    [InlineData("The records from 0000-01-01 and 2023-02-30 were lost.")]
    [InlineData("The meeting on February 29, 2023 was cancelled.")]
    public void Impossible_dates_in_the_text_never_become_an_invalid_timex(string sentence)
    {
        var extraction = Extract(sentence);

        foreach (var t in extraction.Timexes)
        {
            Assert.True(IsValidTimexValue(t.Value), $"'{t.Text}' gave {t.Value}");
            Assert.Equal(t.Text, t.Span.Slice(sentence));
        }
    }

    [Theory]
    [InlineData(900, 0)]
    [InlineData(10_000, 1)]
    [InlineData(300_000, 1)]
    public void Deeply_nested_html_is_read_up_to_a_depth_limit_and_refused_past_it_without_a_stack_overflow(int depth, int expectedExit)
    {
        var page = new StringBuilder("<html><body>");
        page.Insert(page.Length, "<div>", depth);
        page.Append("<p>Mayor Ines Carvalho opened the ferry terminal in Lisbon on Monday.</p>");
        page.Insert(page.Length, "</div>", depth);
        page.Append("</body></html>");
        var path = _folder.Write("deep.html", page.ToString());
        var good = _folder.Write("good.txt", "Tomas Lindqvist arrived in Oslo on Tuesday.");
        var output = _folder.File("deep.json");

        var result = KgProcess.Run(_folder.Path, "extract", path, good, "--published", "2024-03-05", "--out", output);

        Assert.True(result.ExitCode == expectedExit, result.Stderr);
        Assert.DoesNotContain("overflow", result.Stderr, StringComparison.OrdinalIgnoreCase);
        var graph = File.ReadAllText(output);
        Assert.Contains(BadInputTests.Sources(graph), s => s.EndsWith("good.txt", StringComparison.Ordinal));
        if (expectedExit == 0)
        {
            Assert.Contains("Ines Carvalho", graph, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("deep.html: HTML elements nest more than 1000 levels deep", result.Stderr, StringComparison.Ordinal);
        }
    }

    // A TIMEX3 value that names a calendar day must name one that exists ("2023-02-31" does not).
    private static bool IsValidTimexValue(string value)
    {
        if (value.Length >= 10 && char.IsDigit(value[0]) && value[4] == '-' && value[7] == '-' && char.IsDigit(value[8]))
        {
            return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }

        if (value.Length >= 7 && char.IsDigit(value[0]) && value[4] == '-' && char.IsDigit(value[5]) && char.IsDigit(value[6]))
        {
            return int.Parse(value[5..7], CultureInfo.InvariantCulture) is >= 1 and <= 12 && value[..4] != "0000";
        }

        return true;
    }

    internal static void AssertSpansInside(DocumentExtraction extraction, string text)
    {
        foreach (var m in extraction.Entities.SelectMany(e => e.Mentions))
        {
            Assert.InRange(m.Span.Start, 0, m.Span.End);
            Assert.InRange(m.Span.End, m.Span.Start, text.Length);
            Assert.Equal(m.Text, m.Span.Slice(text));
        }

        foreach (var q in extraction.Quotes)
        {
            Assert.InRange(q.Span.End, q.Span.Start, text.Length);
            Assert.Equal(q.Text, q.Span.Slice(text));
        }

        foreach (var t in extraction.Timexes)
        {
            Assert.InRange(t.Span.End, t.Span.Start, text.Length);
            Assert.Equal(t.Text, t.Span.Slice(text));
        }

        foreach (var e in extraction.Events.SelectMany(e => e.MoreEvidence.Prepend(e.Evidence)))
        {
            Assert.InRange(e.Span.End, e.Span.Start, text.Length);
            Assert.InRange(e.SentenceSpan.End, e.SentenceSpan.Start, text.Length);
        }
    }
}
