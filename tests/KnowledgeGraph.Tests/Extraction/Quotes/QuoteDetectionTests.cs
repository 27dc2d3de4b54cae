using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class QuoteDetectionTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad";

    [Theory]
    [InlineData("\"We will rebuild,\" Anna Berg said.", "We will rebuild")]
    [InlineData("\u201cWe will rebuild,\u201d Anna Berg said.", "We will rebuild")]
    [InlineData("\u201cWe will rebuild. The money is there. Nobody should doubt it,\u201d Anna Berg said.", "We will rebuild. The money is there. Nobody should doubt it")]
    [InlineData("\"Voters keep asking me 'who will fix the roads?' and I have no answer,\" Anna Berg said.", "Voters keep asking me 'who will fix the roads?' and I have no answer")]
    public void Double_quotes_straight_or_curly_give_the_quoted_words_without_marks(string text, string expected)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(expected, quote.Text);
        Assert.Equal(expected, quote.Span.Slice(text));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("Harbour Strike Ends\n\n'Old friends'\n\nAnna Berg's plan won the vote, and the rock 'n' roll band played on.")]
    [InlineData("Harbour Strike Ends\n\nThe union's leaders and the port's owners signed the deal at the mayor's office.")]
    public void Apostrophes_and_single_quoted_headings_are_not_quotes(string text)
    {
        Assert.Empty(QuoteFixture.Run(text, People.Split('|')).Quotes);
    }

    [Theory]
    [InlineData("Harbour Strike Ends After \"Historic Night\" of Talks\n\nThe strike ended on Monday.")]
    [InlineData("Mayor Vows To \"Fix Everything By June\"\n\nThe strike ended on Monday.")]
    [InlineData("Harbour Strike Ends\n\n(FILES) Anna Berg speaks in Oslo. \"We will win, whatever happens,\" she said. (Photo by ANA SILVA / AFP)\n\nThe strike ended on Monday.")]
    public void Headlines_and_captions_give_no_unattributed_quotes(string text)
    {
        Assert.Empty(QuoteFixture.Run(text, People.Split('|')).Quotes);
    }

    [Theory]
    [InlineData("Anna Berg warned that the reform \"will hurt the poorest families first\".", "will hurt the poorest families first", "Anna Berg")]
    [InlineData("Omar Haddad said the proposal was \"reckless\" and should be withdrawn.", "reckless", "Omar Haddad")]
    [InlineData("Omar Haddad predicted a win for the team in its \"final battle\" against the league.", "final battle", "Omar Haddad")]
    [InlineData("The deal is a \"betrayal of every worker in this port\", Anna Berg said.", "betrayal of every worker in this port", "Anna Berg")]
    [InlineData("Anna Berg called the harbour plan \"a disaster\" on Monday.", "a disaster", "Anna Berg")]
    [InlineData("Omar Haddad described the deal as \"historic\".", "historic", "Omar Haddad")]
    [InlineData("Anna Berg raised her glass to \"eternal Rome\" and to the crews, predicting a record season.", "eternal Rome", "Anna Berg")]
    [InlineData("Omar Haddad thanked \"brave Norway\" for its help, saying the rescue had saved lives.", "brave Norway", "Omar Haddad")]
    public void Quoted_words_inside_reported_speech_are_partial_quotes_of_the_speaker(string text, string expected, string speaker)
    {
        var analysis = QuoteFixture.Run(text, new QuoteOptions { IncludeIndirect = false }, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal(expected, quote.Text);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Theory]
    [InlineData("Anna Berg and Omar Haddad called each other \"partners\" at dinner.")]
    [InlineData("The menu offered Norwegian \"lefse\" with butter and jam.")]
    [InlineData("Anna Berg starred in the film \"The Long Winter Night\" last year.")]
    [InlineData("Critics described the plan as \"a gift to the rich\" during the debate.")]
    [InlineData("Omar Haddad's \"harbour first\" plan divided the council.")]
    [InlineData("Omar Haddad called himself \"a realist\" in his youth.")]
    [InlineData("The plan, so called \"harbour first\" by its critics, divided the council.")]
    [InlineData("Anna Berg ordered \"lefse\" for the whole table, predicting a record season.")]
    [InlineData("Anna Berg praised the \"harbour workers\" at dinner, predicting a record season.")]
    [InlineData("The \"lefse\" was excellent, according to Anna Berg.")]
    [InlineData("Anna Berg said the so-called \"blue harbour economy\" would create jobs.")]
    [InlineData("The council backed a plan known as \"harbour first for everyone\", Omar Haddad said.")]
    public void Scare_quotes_and_titles_are_not_quotes_of_anyone(string text)
    {
        Assert.Empty(QuoteFixture.Run(text, People.Split('|')).Quotes);
    }
}
