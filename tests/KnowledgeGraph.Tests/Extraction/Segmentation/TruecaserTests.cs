using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Tests.Extraction.Segmentation;

/// <summary>Articles a desk sent with their names in lower case get their capitals back before any stage reads them.</summary>
public class TruecaserTests
{
    private const string LowerCased =
        "norway may turn to the imf for credits, finance minister david holm said today.\n" +
        "    \"this is no secret. It is one of the steps we have begun,\" holm told reporters in oslo.\n" +
        "    the mission met officials from sweden and denmark on thursday.";

    [Fact]
    public void A_lower_cased_article_gets_back_its_places_people_acronyms_days_and_sentence_openings()
    {
        var restored = Truecaser.Restore(LowerCased);
        Assert.Equal(LowerCased.Length, restored.Length);
        Assert.StartsWith("Norway may turn to the IMF for credits, finance minister David Holm said today.", restored, StringComparison.Ordinal);
        Assert.Contains("Holm told reporters in Oslo.", restored, StringComparison.Ordinal);
        Assert.Contains("The mission met officials from Sweden and Denmark on Thursday.", restored, StringComparison.Ordinal);
        Assert.Equal(LowerCased.ToLowerInvariant(), restored.ToLowerInvariant());
    }

    [Theory]
    [InlineData("Norway may turn to the IMF for credits, Finance Minister David Holm said today.")]
    [InlineData("The who, the what and the why: turkey prices rose in china shops, a jordan dealer said.")]
    [InlineData("Shares of pan-american and un-american firms fell in the afternoon, dealers said.")]
    public void An_article_written_with_its_capitals_is_left_as_it_is(string text)
    {
        Assert.Same(text, Truecaser.Restore(text));
    }

    [Fact]
    public void Quotes_of_a_lower_cased_article_get_their_speaker_but_keep_the_words_as_written()
    {
        var document = new Document { Id = "lc", Text = LowerCased, Source = "test", Published = new DateOnly(1987, 3, 4), PublishedSource = PublishedSource.Metadata };
        var analysis = Pipeline.CreateDefault().Analyse(document);
        var quote = Assert.Single(analysis.Quotes);
        Assert.StartsWith("this is no secret.", quote.Text, StringComparison.Ordinal);
        Assert.Equal("David Holm", analysis.Entities[quote.SpeakerId!].Name);
        Assert.Equal(LowerCased, analysis.ToExtraction().Document.Text);
    }
}
