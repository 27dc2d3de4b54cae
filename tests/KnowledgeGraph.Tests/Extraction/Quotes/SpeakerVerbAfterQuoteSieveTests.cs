using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class SpeakerVerbAfterQuoteSieveTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad|Person:Lars Olsen";

    [Theory]
    [InlineData("\"We will rebuild the bridge,\" Anna Berg said.", "We will rebuild", "Anna Berg", "speaker-verb-after-quote")]
    [InlineData("\"We will rebuild the bridge,\" Berg said on Tuesday.", "We will rebuild", "Anna Berg", "speaker-verb-after-quote")]
    [InlineData("\"We will rebuild the bridge,\" said Anna Berg, a historian at the University of Tromso.", "We will rebuild", "Anna Berg", "verb-speaker-after-quote")]
    [InlineData("\"Prices will keep rising,\" Lars Olsen of the Nordic Institute told reporters.", "Prices will keep", "Lars Olsen", "speaker-verb-after-quote")]
    [InlineData("\"Prices will keep rising,\" Lars Olsen, an economist at the Nordic Institute, said.", "Prices will keep", "Lars Olsen", "speaker-verb-after-quote")]
    [InlineData("\"We have nothing to hide,\" Omar Haddad added, smiling at the cameras.", "We have nothing", "Omar Haddad", "speaker-verb-after-quote")]
    [InlineData("\"Who will pay for this?\" Omar Haddad asked.", "Who will pay", "Omar Haddad", "speaker-verb-after-quote")]
    [InlineData("\"The harbour is closed. Nobody can leave until Friday,\" Haddad warned.", "The harbour is closed", "Omar Haddad", "speaker-verb-after-quote")]
    [InlineData("\"Grain stocks will fall,\" Lars Olsen, director of research for Tarn Milling Co. said.", "Grain stocks", "Lars Olsen", "speaker-verb-after-quote")]
    [InlineData("\"Prices will keep rising,\" Rep. Lars Olsen (D-Ill.) told a hearing.", "Prices will keep", "Lars Olsen", "speaker-verb-after-quote")]
    public void Speaker_and_verb_right_after_the_quote_attribute_it(string text, string quoteStart, string speaker, string rule)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, quoteStart);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(rule, quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("\"The budget is a disgrace,\" said pollster Jean Dupont.", "Jean Dupont")]
    [InlineData("\"The budget is a disgrace,\" Maria Lindqvist told the committee.", "Maria Lindqvist")]
    [InlineData("\"The budget is a disgrace,\" analyst Maria Lindqvist of J.K. Holm Securities said.", "Maria Lindqvist")]
    [InlineData("\"The budget is a disgrace,\" said Vestby Rail president and chief executive officer Karl J. Moen.", "Karl J. Moen")]
    [InlineData("\"The budget is a disgrace,\" said consultant Ada Lind, president of Tarn Data Inc.", "Ada Lind")]
    public void A_clearly_cued_name_the_recogniser_missed_becomes_a_person(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(StableId.ForEntity(EntityType.Person, speaker), quote.SpeakerId);
        Assert.Contains(analysis.Mentions, m => m.EntityId == quote.SpeakerId && m.Text == speaker);
    }

    [Theory]
    [InlineData("\"We are ready,\" Omar Haddad told Anna Berg.", "Omar Haddad", "Anna Berg")]
    [InlineData("\"We are ready,\" Haddad told Berg on Monday.", "Omar Haddad", "Anna Berg")]
    [InlineData("\"The vote was fair,\" Omar Haddad told AFP.", "Omar Haddad", "AFP")]
    [InlineData("\"The vote was fair,\" Omar Haddad told reporters.", "Omar Haddad", null)]
    public void Told_names_the_addressee(string text, string speaker, string? addressee)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(addressee, QuoteFixture.NameOf(analysis, quote.AddresseeId));
    }

    [Theory]
    [InlineData("The Interior Ministry met the unions on Monday. \"Talks will resume next week,\" the ministry said.", "Organization:Interior Ministry", "Interior Ministry")]
    [InlineData("\"Talks will resume next week,\" the Interior Ministry said.", "Organization:Interior Ministry", "Interior Ministry")]
    [InlineData("\"Talks will resume next week,\" the Harbour Authority said in a statement.", "", "Harbour Authority")]
    public void Organisations_speak(string text, string entities, string speaker)
    {
        var analysis = QuoteFixture.Run(text, entities.Split('|', StringSplitOptions.RemoveEmptyEntries));
        var quote = QuoteFixture.QuoteStarting(analysis, "Talks will resume");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Theory]
    [InlineData("Anna Berg opened the meeting. \"The plan cannot work.\" Omar Haddad said the ministry had ignored the warnings.")]
    [InlineData("Anna Berg opened the meeting. \"The plan cannot work.\" Lars Olsen disagreed with her.")]
    public void A_quote_followed_by_another_persons_sentence_is_not_given_to_that_person(string text)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "The plan cannot work");
        Assert.NotEqual("Omar Haddad", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.NotEqual("Lars Olsen", QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }
}
