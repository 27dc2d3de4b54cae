using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class SpeakerVerbBeforeQuoteSieveTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad|Person:Lars Olsen|Organization:Interior Ministry";

    [Theory]
    [InlineData("Anna Berg said: \"The harbour will reopen in May.\"", "Anna Berg", null)]
    [InlineData("Asked about the strike, Berg said: \"The harbour will reopen in May.\"", "Anna Berg", null)]
    [InlineData("Omar Haddad told Lars Olsen: \"The harbour will reopen in May.\"", "Omar Haddad", "Lars Olsen")]
    [InlineData("The Interior Ministry said in a statement: \"The harbour will reopen in May.\"", "Interior Ministry", null)]
    [InlineData("Omar Haddad wrote on his blog: \"The harbour will reopen in May.\"", "Omar Haddad", null)]
    [InlineData("Omar Haddad, Executive Vice President of Nordic Harbour Group, said: \"The harbour will reopen in May.\"", "Omar Haddad", null)]
    public void Speaker_and_verb_before_a_colon_attribute_the_quote(string text, string speaker, string? addressee)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "The harbour will reopen");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(addressee, QuoteFixture.NameOf(analysis, quote.AddresseeId));
        Assert.Equal("speaker-verb-before-quote", quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("Before the vote, Anna Berg signed the guest book in French: \"Long live the harbour.\"", "Anna Berg")]
    [InlineData("Omar Haddad ended his speech with a warning: \"Nobody is safe from this storm.\"", "Omar Haddad")]
    public void A_colon_quote_without_a_speech_verb_goes_to_the_sentence_subject(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("colon-sentence-subject", quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("Lena Dahl, senior fellow at the Bergen-based Nordic Policy Institute said, \"Tolls will rise next year.\"", "Lena Dahl")]
    [InlineData("Oskar Lind, an aide to Mayor Petra Holm said, \"Tolls will rise next year.\"", "Oskar Lind")]
    public void A_name_whose_apposition_the_writer_did_not_close_speaks_not_the_body_or_person_in_it(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, "Person:Lena Dahl", "Organization:Nordic Policy Institute", "Person:Oskar Lind", "Person:Petra Holm");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Tolls will rise").SpeakerId));
    }

    [Fact]
    public void Adding_after_a_quote_in_the_same_sentence_goes_on_with_its_speaker()
    {
        var analysis = QuoteFixture.Run("\"Tolls will rise,\" said Marta Sund, a professor at Vestby College, adding, \"Nobody likes it.\"", "Person:Marta Sund", "Organization:Vestby College");
        Assert.Equal("Marta Sund", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Nobody likes it").SpeakerId));
    }

    [Theory]
    [InlineData("Anna Berg said in a radio interview in the U.S. \"The harbour will reopen in May.\"", "Anna Berg")]
    [InlineData("Anna Berg said prices fell in the U.S. \"The harbour will reopen in May.\"", null)]
    public void A_frame_ending_in_an_abbreviation_introduces_the_quote_when_only_an_adverbial_follows_the_verb(string text, string? speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The harbour will reopen").SpeakerId));
    }
}
