namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class AffiliatedSourceTests
{
    private const string Bodies = "Organization:Harbour Board|Organization:Fisheries Department|Organization:Meridian Freight Inc|Organization:Bank of Lakeland|Person:Anna Berg|Location:Norway";

    [Theory]
    [InlineData("\"We will not raise the fees this year,\" a Harbour Board spokesman said.", "We will not raise the fees this year", "Harbour Board")]
    [InlineData("\"The talks are over,\" said a spokeswoman for Meridian Freight Inc.", "The talks are over", "Meridian Freight Inc")]
    [InlineData("The Bank of Lakeland sold its bonds on Monday.\n\n\"Rates will stay low for a while,\" said another senior bank official.", "Rates will stay low for a while", "Bank of Lakeland")]
    [InlineData("Meridian Freight Inc will close two depots, a company spokesman said.\n\n\"It was a hard choice,\" he told reporters.", "It was a hard choice", "Meridian Freight Inc")]
    [InlineData("A Harbour Board spokesman said the quay would reopen.\n\n\"We expect the first ships by June,\" the spokesman said.", "We expect the first ships by June", "Harbour Board")]
    [InlineData("A Harbour Board official said the quay would reopen.\n\nBut the official said: \"Repairs will take months.\"", "Repairs will take months.", "Harbour Board")]
    [InlineData("Meridian Freight Inc will close two depots, a spokeswoman said.\n\n\"It was a hard choice,\" the spokeswoman said.", "It was a hard choice", "Meridian Freight Inc")]
    [InlineData("Meridian Freight Inc <MFI.N> said it would close two depots, a company spokesman said.\n\n\"It was a hard choice,\" the spokesman told reporters.", "It was a hard choice", "Meridian Freight Inc")]
    [InlineData("Grain stocks will fall, Harbour Board analysts said.\n\n\"Stocks are at a record now,\" a Harbour Board analyst said.", "Stocks are at a record", "Harbour Board")]
    [InlineData("\"Stocks are at a record now,\" a Harbour Board grain analyst said.", "Stocks are at a record", "Harbour Board")]
    [InlineData("\"It was a hard choice,\" an official from Meridian Freight Inc, who asked not to be named, told Reuters.", "It was a hard choice", "Meridian Freight Inc")]
    [InlineData("However, a spokesman for Meridian Freight Inc told Reuters, \"right now we are still paying interest.\"", "right now we are", "Meridian Freight Inc")]
    [InlineData("The Fisheries Department said fees rose.\n\n\"Fees rose sharply,\" the federal agency said in a statement.", "Fees rose sharply", "Fisheries Department")]
    [InlineData("A Harbour Board official, who asked not to be identified, said, \"We see the measure as positive.\"", "We see the measure", "Harbour Board")]
    public void An_unnamed_spokesman_or_official_speaks_for_the_body_the_article_names(string text, string quote, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Bodies.Split('|'));
        var found = QuoteFixture.QuoteStarting(analysis, quote);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, found.SpeakerId));
    }

    [Theory]
    [InlineData("\"Fees must rise by next year,\" the Harbour Board report said.", "Harbour Board")]
    [InlineData("The Harbour Board published its review on Monday.\n\nThe Harbour Board's report was blunt. \"Fees must rise by next year,\" the report added.", "Harbour Board")]
    [InlineData("A report by the Harbour Board went to ministers.\n\nThe report said: \"Fees must rise by next year.\"", "Harbour Board")]
    [InlineData("Meridian Freight Inc said in a statement that it would sue.\n\n\"Fees must rise by next year,\" the statement said.", "Meridian Freight Inc")]
    [InlineData("\"Fees must rise by next year,\" said a document issued by the Harbour Board.", "Harbour Board")]
    [InlineData("A document issued by the Harbour Board went to ministers.\n\nThe statement said the port had two ways to go: \"Fees must rise by next year.\"", "Harbour Board")]
    [InlineData("A Harbour Board team visited the port.\n\nThe team's report to the council praised the plan.\n\nThe report says \"Fees must rise by next year.\"", "Harbour Board")]
    public void A_document_speaks_for_the_body_that_issued_it(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Bodies.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Fees must rise").SpeakerId));
    }

    [Theory]
    [InlineData("\"Fees must rise by next year,\" the report said.")]
    [InlineData("A report went to ministers on Monday.\n\n\"Fees must rise by next year,\" the report said.")]
    public void A_document_whose_issuer_the_article_does_not_name_gets_no_speaker(string text)
    {
        var analysis = QuoteFixture.Run(text, Bodies.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "Fees must rise").SpeakerId);
    }

    [Theory]
    [InlineData("\"Rates will stay low for a while,\" one banker said.")]
    [InlineData("\"Rates will stay low for a while,\" a Norway official said.")]
    [InlineData("\"Rates will stay low for a while,\" said a senior official.")]
    [InlineData("A trader in Oslo said the bonds fell.\n\n\"Rates will stay low for a while,\" he said.")]
    [InlineData("A Harbour Board spokesman said the quay would reopen.\n\nIn Oslo, bankers were calm.\n\n\"Rates will stay low for a while,\" an official said.")]
    [InlineData("In Oslo, two depots will close, a spokeswoman said.\n\n\"Rates will stay low for a while,\" the spokeswoman said.")]
    [InlineData("Meridian Freight Inc said fees rose.\n\n\"Rates will stay low for a while,\" the federal agency said in a statement.")]
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

    [Fact]
    public void A_union_spokesman_speaks_for_the_union_named_in_apposition_even_when_the_recogniser_missed_it()
    {
        var analysis = QuoteFixture.Run("Employers and the dock union, Vestport Dockers, met again.\n\n\"The gap is still very large,\" a union spokesman said.");
        Assert.Equal("Vestport Dockers", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The gap").SpeakerId));
    }
}
