namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class ContinuedQuoteSieveTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad|Person:Lars Olsen";

    [Theory]
    [InlineData("\"The first phase is finished,\" Anna Berg told reporters.\n\n\"The second phase starts in June.\"", "Anna Berg", "continues-previous-paragraph")]
    [InlineData("Anna Berg chairs the port.\n\n\"The first phase is finished,\" she told a conference attended by the members of the Nordic trade bloc and their partners.\n\n\"The second phase starts in June.\"", "Anna Berg", "continues-previous-paragraph")]
    [InlineData("\"We will win,\" Anna Berg said.\n\n\"The second phase starts in June,\" Omar Haddad said.", "Omar Haddad", "speaker-verb-after-quote")]
    [InlineData("\"The first phase is finished,\" Anna Berg said. \"The second phase starts in June.\"", "Anna Berg", "continues-same-paragraph")]
    [InlineData("Anna Berg said the port would handle \"a few hundred ships\" by June. \"The second phase starts in June.\"", "Anna Berg", "continues-same-paragraph")]
    [InlineData("Anna Berg said the port would handle \"a few hundred ships\" by June. Omar Haddad doubted it. \"The second phase starts in June.\"", "Omar Haddad", "sentence-about-speaker")]
    [InlineData("\"The first phase is finished,\" Anna Berg said of the merger that would create the largest shipping group in the whole region by some way. \"The second phase starts in June.\"", "Anna Berg", "continues-same-paragraph")]
    [InlineData("\"The first phase is finished,\" said Anna Berg, an analyst with Holm Securities Inc. \"The second phase starts in June.\"", "Anna Berg", "continues-same-paragraph")]
    [InlineData("    \"The first phase is finished,\"\n     she said.\n    \"The second phase starts in June.\"", null, "unattributed")]
    [InlineData("\"The first phase is finished,\" Anna Berg said. \"The second phase starts in June,\" a union official said.", null, "speaker-not-named")]
    public void A_quote_paragraph_without_attribution_continues_the_previous_speaker(string text, string? speaker, string rule)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "The second phase");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(rule, quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("\"The first phase is finished.\n\n\"The second phase starts in June,\" Anna Berg said.", "multi-paragraph-quote")]
    [InlineData("Anna Berg said: \"The first phase is finished.\n\n\"The second phase starts in June.\"", "speaker-verb-before-quote")]
    [InlineData("Anna Berg said: \"The first phase is finished.\n\n\"The second phase is planned.\n\n\"The second phase starts in June.\"", "speaker-verb-before-quote")]
    public void A_quote_left_open_and_reopened_by_the_next_paragraph_is_one_quote_with_one_speaker(string text, string rule)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.StartsWith("The first phase is finished.\n\n\"The second phase", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("starts in June", quote.Text.TrimEnd('.'), StringComparison.Ordinal);
        Assert.Equal("Anna Berg", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(rule, quote.Evidence.Rule);
    }

    [Fact]
    public void A_paragraph_after_a_narrative_paragraph_does_not_inherit_a_speaker()
    {
        var text = "\"We will win,\" Anna Berg said.\n\nThe council then adjourned until the spring session.\n\n\"The second phase starts in June.\"";
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "The second phase").SpeakerId);
    }
}
