using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class HtmlReaderTests
{
    private const string Body = """
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Harbour Deal Signed</h1>
            <p>The two ministers signed the harbour deal in Oslo on Tuesday.</p>
            <p>"It is a good day," the minister said.</p>
            <script>track("view");</script>
          </article>
          <footer>Copyright News Corp</footer>
          <img src="http://tracker.invalid/pixel.gif">
        </body>
        """;

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">", "2024-03-05")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-06T08:00:00+01:00\"}]}</script>", "2024-03-06")]
    [InlineData("<meta name=\"unrelated\" content=\"x\">", null)]
    public void Published_date_comes_from_meta_or_json_ld(string head, string? expected)
    {
        var html = $"<html><head><title>Harbour Deal Signed - News</title>{head}</head>{Body}</html>";

        var d = new HtmlReader().Read("deal.html", html).Documents.Single();

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Published);
        Assert.Equal(expected is null ? PublishedSource.Unknown : PublishedSource.Metadata, d.PublishedSource);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_there_is_no_meta()
    {
        var html = $"<html><head></head><body><article><h1>Rail Strike Ends</h1><time datetime=\"2024-07-01\">1 July</time><p>Trains ran again on Monday.</p></article></body></html>";

        Assert.Equal(new DateOnly(2024, 7, 1), new HtmlReader().Read("strike.html", html).Documents.Single().Published);
    }

    [Fact]
    public void Main_text_is_the_article_without_navigation_scripts_or_footer()
    {
        var html = $"<html><head><meta property=\"og:title\" content=\"Harbour Deal Signed\"></head>{Body}</html>";

        var d = new HtmlReader().Read("deal.html", html).Documents.Single();

        Assert.Equal("Harbour Deal Signed", d.Title);
        Assert.Equal("Harbour Deal Signed\n\nThe two ministers signed the harbour deal in Oslo on Tuesday.\n\n\"It is a good day,\" the minister said.", d.Text);
    }

    [Fact]
    public void A_page_without_text_is_an_error_naming_the_file()
    {
        var result = new HtmlReader().Read("empty.html", "<html><head><title></title></head><body><script>x()</script><nav>Home</nav></body></html>");

        Assert.Empty(result.Documents);
        var error = Assert.Single(result.Errors);
        Assert.Equal("empty.html", error.Source);
        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }
}
