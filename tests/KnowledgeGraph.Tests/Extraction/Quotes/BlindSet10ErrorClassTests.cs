using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// Error classes of the test6 to test11 sets (development data after their one measurement) fixed in the s10 round,
/// each with our own invented sentences, through the whole pipeline so that the recogniser's names are the ones quoted.
/// </summary>
public class BlindSet10ErrorClassTests
{
    private static DocumentAnalysis Analyse(string text) => Pipeline.CreateDefault().Analyse(new Document
    {
        Id = "s10", Text = text, Source = "s10.txt", Published = QuoteFixture.Published, PublishedSource = PublishedSource.Metadata,
    });

    private static string? SpeakerOf(DocumentAnalysis analysis, string start) =>
        QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId);

    [Theory]
    [InlineData("Kelp prices rose on Monday.\n    \"Growth is slowing,\" said Hans van den Brink.\n    He left.", "Hans van den Brink")]
    [InlineData("Kelp prices rose on Monday.\n    \"Growth is slowing,\" added Marco di Fiore of Holm Brothers Inc.\n Reuter", "Marco di Fiore")]
    [InlineData("Marco di Fiore of Holm Brothers said kelp prices rose.\n    \"Growth is slowing,\" said Holm's di Fiore.\n    He left.", "Marco di Fiore")]
    [InlineData("Economy minister Ramon de la Fuente said kelp prices rose.\n    \"Growth is slowing,\" said de la Fuente.\n    He left.", "Ramon de la Fuente")]
    public void A_surname_with_lower_case_particles_names_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse(text), "Growth is"));
    }

    [Fact]
    public void A_run_split_after_a_common_word_does_not_open_a_name_with_and()
    {
        var analysis = Analyse("Acme sold debentures through Holm Lynch Capital Markets and Brenn Freres and Co.\n Reuter");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.StartsWith("and ", StringComparison.Ordinal));
        Assert.Contains(analysis.Entities.Values, e => e.Name == "Brenn Freres and Co");
    }
}
