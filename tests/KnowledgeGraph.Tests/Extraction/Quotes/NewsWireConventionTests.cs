using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>Conventions of wire copy: wrapped lines, "it said", "was quoted as saying", speakers described only by a role.</summary>
public class NewsWireConventionTests
{
    private const string Entities = "Person:Anna Berg|Person:Omar Haddad|Organization:Nordic Shipping Corp|Organization:Oslo Times|Location:Oslo";

    [Theory]
    [InlineData("    \"Freight rates will stay high until the spring,\"\nAnna Berg told reporters.\n    The port reopened.", "Anna Berg")]
    [InlineData("Nordic Shipping Corp reported a loss for the quarter.\n    \"Freight rates will stay high until the spring,\" it said.", "Nordic Shipping Corp")]
    [InlineData("\"Freight rates will stay high until the spring,\" Anna Berg was quoted as saying.", "Anna Berg")]
    [InlineData("\"Freight rates will stay high until the spring,\" Anna\nBerg, chief economist at Nordic Shipping Corp told Reuters.", "Anna Berg")]
    [InlineData("Nordic Shipping Corp runs the Oslo Times. Without giving figures, the newspaper said: \"Freight rates will stay high until the spring.\"", "Oslo Times")]
    [InlineData("Anna Berg spoke in Oslo.\n    \"Freight rates will stay high until the spring,\"\n     she said.", "Anna Berg")]
    [InlineData("The newspaper quoted Anna Berg as saying \"freight rates will stay high until the spring\".", "Anna Berg")]
    public void Wire_copy_attributions_are_found(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, text.Contains("\"freight", StringComparison.Ordinal) ? "freight rates" : "Freight rates");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Theory]
    [InlineData("Anna Berg said, \"Freight rates will stay high until the spring.\"")]
    [InlineData("Anna Berg said \"Freight rates will stay high until the spring.\"")]
    public void A_quote_handed_over_by_a_speech_verb_is_direct(string text)
    {
        var quote = Assert.Single(QuoteFixture.Run(text, Entities.Split('|')).Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Anna Berg", QuoteFixture.NameOf(QuoteFixture.Run(text, Entities.Split('|')), quote.SpeakerId));
    }

    [Theory]
    [InlineData("\"Freight rates will stay high until the spring,\" a shipping broker in Oslo said.")]
    [InlineData("\"Freight rates will stay high until the spring,\" one economist in Oslo said.")]
    [InlineData("\"Freight rates will stay high until the spring,\" Anna Berg and Omar Haddad said.")]
    public void A_speaker_known_only_by_a_role_is_left_unknown_rather_than_given_to_a_nearby_name(string text)
    {
        var quote = Assert.Single(QuoteFixture.Run(text, Entities.Split('|')).Quotes);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void Told_a_group_that_reports_the_clause_after_that()
    {
        var analysis = QuoteFixture.Run("Anna Berg told a group of harbour workers that the port would reopen on Friday.", new QuoteOptions { IncludeIndirect = true }, Entities.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("the port would reopen on Friday", quote.Text);
        Assert.Equal("Anna Berg", QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }
}
