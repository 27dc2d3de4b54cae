namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class AffiliatedSourceTests
{
    private const string Bodies = "Organization:Harbour Board|Organization:Meridian Freight Inc|Organization:Bank of Lakeland|Person:Anna Berg|Location:Norway";

    [Theory]
    [InlineData("\"We will not raise the fees this year,\" a Harbour Board spokesman said.", "We will not raise the fees this year", "Harbour Board")]
    [InlineData("\"The talks are over,\" said a spokeswoman for Meridian Freight Inc.", "The talks are over", "Meridian Freight Inc")]
    [InlineData("The Bank of Lakeland sold its bonds on Monday.\n\n\"Rates will stay low for a while,\" said another senior bank official.", "Rates will stay low for a while", "Bank of Lakeland")]
    [InlineData("Meridian Freight Inc will close two depots, a company spokesman said.\n\n\"It was a hard choice,\" he told reporters.", "It was a hard choice", "Meridian Freight Inc")]
    [InlineData("A Harbour Board spokesman said the quay would reopen.\n\n\"We expect the first ships by June,\" the spokesman said.", "We expect the first ships by June", "Harbour Board")]
    [InlineData("A Harbour Board official said the quay would reopen.\n\nBut the official said: \"Repairs will take months.\"", "Repairs will take months.", "Harbour Board")]
    public void An_unnamed_spokesman_or_official_speaks_for_the_body_the_article_names(string text, string quote, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Bodies.Split('|'));
        var found = QuoteFixture.QuoteStarting(analysis, quote);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, found.SpeakerId));
    }

    [Theory]
    [InlineData("\"Rates will stay low for a while,\" one banker said.")]
    [InlineData("\"Rates will stay low for a while,\" a Norway official said.")]
    [InlineData("\"Rates will stay low for a while,\" said a senior official.")]
    [InlineData("A trader in Oslo said the bonds fell.\n\n\"Rates will stay low for a while,\" he said.")]
    public void An_unnamed_source_with_no_named_body_gets_no_speaker(string text)
    {
        var analysis = QuoteFixture.Run(text, Bodies.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "Rates will stay low").SpeakerId);
    }

    [Fact]
    public void A_named_spokesman_keeps_the_quote_over_his_body()
    {
        var analysis = QuoteFixture.Run("Harbour Board spokesman Anna Berg said the quay would reopen.\n\n\"We expect ships by June,\" the spokesman said.", Bodies.Split('|'));
        Assert.Equal("Anna Berg", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We expect").SpeakerId));
    }
}
