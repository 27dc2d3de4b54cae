using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class ArticleSplitterTests
{
    private const string CaptionOne = "In this pool photo, Mayor Ines Duarte greets farmers in Braga, Portugal, on May 8, 2024. (AFP)";
    private const string CaptionTwo = "(FILES) Minister Paulo Reis speaks in Porto on January 3, 2024. (Photo by ANA LIMA / AFP)";

    private static readonly string TwoArticles = string.Join('\n',
        "Braga Farmers Win Water Rights",
        "",
        CaptionOne,
        CaptionOne,
        "QX",
        "",
        "Braga Farmers Win Water Rights",
        "",
        CaptionOne,
        CaptionOne,
        "",
        "Farmers near Braga won the right to draw water from the river on Wednesday, the mayor said.",
        "",
        "\"This is a fair result,\" Duarte said.",
        "",
        "",
        "",
        "Porto Minister Quits Over Budget",
        "",
        CaptionTwo,
        CaptionTwo,
        "QX",
        "",
        "Porto Minister Quits Over Budget",
        "",
        CaptionTwo,
        CaptionTwo,
        "",
        "Minister Paulo Reis resigned this week after a row over the budget.",
        "");

    [Fact]
    public void A_file_with_repeated_headlines_splits_into_one_article_per_headline()
    {
        var articles = ArticleSplitter.Split(TwoArticles);

        Assert.Equal(["Braga Farmers Win Water Rights", "Porto Minister Quits Over Budget"], articles.Select(a => a.Title));
    }

    [Fact]
    public void Repeated_captions_headlines_and_stray_tokens_are_dropped_but_one_caption_stays()
    {
        var first = ArticleSplitter.Split(TwoArticles)[0].Text;

        Assert.StartsWith("Braga Farmers Win Water Rights\n\n" + CaptionOne + "\n\nFarmers near Braga", first);
        Assert.Equal(1, Count(first, CaptionOne));
        Assert.Equal(1, Count(first, "Braga Farmers Win Water Rights"));
        Assert.DoesNotContain("QX", first);
        Assert.EndsWith("\"This is a fair result,\" Duarte said.", first);
    }

    [Theory]
    [InlineData("Harbour Reopens After Storm\n\nThe harbour reopened on Monday.\n\nShips returned.", "Harbour Reopens After Storm", 1)]
    [InlineData("The harbour reopened on Monday.\nShips returned.", null, 1)]
    [InlineData("Harbour Reopens\n\nShips returned.\n\n\nRail Strike Ends\n\nTrains ran again.", "Harbour Reopens", 2)]
    public void Articles_are_found_and_titled_by_their_headline(string text, string? firstTitle, int count)
    {
        var articles = ArticleSplitter.Split(text);

        Assert.Equal(count, articles.Count);
        Assert.Equal(firstTitle, articles[0].Title);
    }

    [Fact]
    public void A_single_article_keeps_its_text_unchanged()
    {
        const string text = "Harbour Reopens After Storm\n\nThe harbour reopened on Monday.\n    Ships returned, officials said.";

        Assert.Equal(text, ArticleSplitter.Split(text).Single().Text);
    }

    [Fact]
    public void Short_lines_that_repeat_inside_wrapped_paragraphs_are_kept()
    {
        const string text = "Grain Prices Rise\n\nWheat rose 3 pct in the\nUS\nmarket, traders\nsaid.\n    Maize rose 2 pct, dealers\nsaid.\n    Reuter";

        Assert.Equal(text, ArticleSplitter.Split(text).Single().Text);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
