using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class NominalAnaphoraTests
{
    private const string People = "Person:Lena Berg|Person:Omar Haddad|Person:Karl Moen|Person:Porto|Organization:Harbour Authority|Organization:Meridian Freight Inc|Organization:Fisheries Department";

    [Theory]
    [InlineData("Fisheries Department spokesman Omar Haddad said quotas would fall.\n\n\"We have no choice this year,\" the spokesman said.", "Omar Haddad")]
    [InlineData("Trade Minister Lena Berg met the unions.\n\n\"Nobody wants a strike,\" the minister told reporters.", "Lena Berg")]
    [InlineData("Meridian Freight Inc chairman Karl Moen said profits rose.\n\n\"It was a good year for the whole group,\" the chairman added.", "Karl Moen")]
    [InlineData("Omar Haddad, a spokesman for the Harbour Authority, said the quay was shut.\n\n\"Repairs will take weeks,\" the spokesman said.", "Omar Haddad")]
    [InlineData("Fisheries Minister Lena Berg said quotas would fall.\n\n\"We have no choice this year,\" the Fisheries Minister said.", "Lena Berg")]
    [InlineData("In a letter, Meridian Freight Inc's chairman, Karl Moen, said talks could go on.\n\n\"It was a good year for the whole group,\" Meridian Freight Inc's chairman said in his letter.", "Karl Moen")]
    public void A_role_noun_refers_back_to_the_person_the_article_introduced_with_it(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Theory]
    [InlineData("\"Repairs will take weeks,\" said Omar Haddad, a spokesman for the Harbour Authority.", "Omar Haddad")]
    [InlineData("\"Repairs will take weeks,\" the Harbour Authority's spokesman said.", "Harbour Authority")]
    [InlineData("\"Repairs will take weeks,\" Meridian Freight Inc officials said.", "Meridian Freight Inc")]
    [InlineData("Lena Berg met the unions.\n\n\"Repairs will take weeks,\" Omar Haddad said. \"Costs will rise,\" Berg said.\n\nShe added: \"Nobody wants a strike.\"", "Lena Berg")]
    [InlineData("Lena Berg met the unions.\n\n\"Costs will rise,\" Berg said. \"Repairs will take weeks,\" Omar Haddad said.\n\nHe added: \"Nobody wants a strike.\"", "Omar Haddad")]
    public void Appositions_possessives_and_pronouns_after_another_speaker_name_the_right_speaker(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, analysis.Quotes.Last(q => q.Kind != QuoteKind.Indirect).SpeakerId));
    }

    [Theory]
    [InlineData("Fisheries Department spokesman Omar Haddad and Harbour Authority spokesman Karl Moen met.\n\n\"We have no choice this year,\" the spokesman said.")]
    [InlineData("Trade Minister Lena Berg met the unions.\n\n\"Nobody wants a strike,\" the chairman said.")]
    [InlineData("Output will move to the plant at Porto, the spokeswoman said.\n\n\"Nobody wants a strike,\" the spokeswoman said.")]
    public void A_role_noun_with_two_or_no_people_so_introduced_gets_no_speaker(string text)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Null(Assert.Single(analysis.Quotes).SpeakerId);
    }
}
