using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class PublicationDateInferrerTests
{
    private static Document Infer(string text) =>
        PublicationDateInferrer.Infer(new Document { Id = "d", Text = text, Source = "test" });

    [Theory]
    [InlineData("Port Strike Ends\n\nLIMA, March 4, 2024 (Reuters) - Dock workers returned to work on Monday.", "2024-03-04", "dateline")]
    [InlineData("Port Strike Ends\n\nNEW YORK, Sept. 13, 2023 - Dock workers returned to work.", "2023-09-13", "dateline")]
    [InlineData("Port Strike Ends\n\nSept. 13, 2023\n\nDock workers returned to work.", "2023-09-13", "dateline")]
    [InlineData("Port Strike Ends\n\nIn this handout photo, dock workers cheer in Callao, Peru, on May 6, 2024. (AFP)\n\nDock workers returned to work on Monday.", "2024-05-06", "photo caption dated 'May 6, 2024'")]
    [InlineData("Port Strike Ends\n\nNAIROBI, July 9 (Reuters) - Talks resumed. A deal was first drafted on July 9, 2024, officials said.", "2024-07-09", "dateline 'NAIROBI, July 9 (Reuters) -'")]
    public void A_dateline_or_a_current_caption_gives_an_inferred_date(string text, string expected, string evidence)
    {
        var d = Infer(text);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Published);
        Assert.Equal(PublishedSource.Inferred, d.PublishedSource);
        Assert.Null(d.PublishedNotBefore);
        Assert.Contains(evidence, d.PublishedEvidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The envoys met for talks on Monday in Quito.", true)]
    [InlineData("The minister said on Monday that talks would go on.", true)]
    [InlineData("The envoys will meet on Monday in Quito.", false)]
    [InlineData("The envoys are due to sign the deal next Monday.", false)]
    [InlineData("The envoys met for talks on Sunday in Quito.", false)]
    public void A_past_tense_weekday_that_matches_the_caption_strengthens_it(string sentence, bool agrees)
    {
        // May 6, 2024 was a Monday.
        var text = $"Envoys Meet\n\nIn this pool photo, envoys shake hands in Quito, Ecuador, on May 6, 2024. (AFP)\n\n{sentence}";

        var d = Infer(text);

        Assert.Equal(new DateOnly(2024, 5, 6), d.Published);
        Assert.Equal(agrees, d.PublishedEvidence!.Contains("agrees with past-tense", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(FILES) The governor speaks in Accra, Ghana, on August 20, 2024. (Photo by ABENA OWUSU / AFP)")]
    [InlineData("In this file photo, the governor speaks in Accra on August 20, 2024. (AFP)")]
    public void A_file_photo_date_is_only_a_lower_bound(string caption)
    {
        var d = Infer($"Governor to Step Down\n\n{caption}\n\nThe governor said on Friday he would resign.");

        Assert.Null(d.Published);
        Assert.Equal(PublishedSource.Unknown, d.PublishedSource);
        Assert.Equal(new DateOnly(2024, 8, 20), d.PublishedNotBefore);
    }

    [Theory]
    [InlineData("Talks Resume\n\nThe envoys met on Monday in Quito.")]
    [InlineData("Talks Resume\n\nThe envoys met in Quito. A first deal was signed on May 6, 2024.")]
    [InlineData("Talks Resume\n\nQUITO, May 6 (Reuters) - The envoys met in Quito.")]
    public void Without_a_dateline_or_caption_the_date_stays_unknown_never_today(string text)
    {
        var d = Infer(text);

        Assert.Null(d.Published);
        Assert.Null(d.PublishedNotBefore);
        Assert.Equal(PublishedSource.Unknown, d.PublishedSource);
    }
}
