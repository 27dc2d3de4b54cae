using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>Error classes of the dev5, dev10 and dev11 blind sets fixed in the s8 round, each with our own invented sentences.</summary>
public class BlindSet8ErrorClassTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Holm Bank|Organization:Harbour Board";

    private static DocumentAnalysis Run(string text) => QuoteFixture.Run(text, Entities.Split('|'));

    private static string? SpeakerOf(DocumentAnalysis analysis, string start) =>
        QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId);

    [Fact]
    public void An_official_of_a_leaders_administration_speaks_for_that_administration()
    {
        var analysis = Run("The harbour will reopen in May, a senior Brenn administration official said.\n\n\"We expect the first ships by June,\" the official said.");
        Assert.Equal("Brenn administration", SpeakerOf(analysis, "We expect"));
    }

    [Fact]
    public void An_official_of_a_countrys_government_is_not_made_into_a_leaders_administration()
    {
        // The recogniser marks a demonym as the place it names.
        var analysis = QuoteFixture.Run("\"We expect the first ships by June,\" a senior Norwegian government official said.", "Location:Norwegian");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.Contains("Norwegian government", StringComparison.Ordinal));
    }

    [Fact]
    public void The_official_far_down_a_long_story_is_still_the_one_unnamed_source_it_introduced()
    {
        var filler = string.Concat(Enumerable.Repeat("    Shipping volumes fell for the third year in a row as the fleet aged and fuel costs rose.\n", 20));
        var analysis = Run("The harbour will reopen in May, a Harbour Board official said.\n" + filler + "    \"We expect the first ships by June,\" the official said.");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "We expect"));
    }
}
