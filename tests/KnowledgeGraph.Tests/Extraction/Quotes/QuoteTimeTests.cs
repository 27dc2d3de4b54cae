using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// A quote is dated by when it was said (its attribution clause, its sentence outside the quoted
/// words), else by the report date marked as such; a date inside the quoted words is what the
/// speaker talks about.
/// </summary>
public class QuoteTimeTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 6, 12);

    [Theory]
    [InlineData("\"We asked for new drains in 2021 and again last year,\" said Ana Ruiz, a shop owner in the old town.", "2024-06-12", true)]
    [InlineData("\"The river rose two metres on March 3,\" the mayor Ana Ruiz told reporters.", "2024-06-12", true)]
    [InlineData("\"We asked for new drains last year,\" Ana Ruiz said on Tuesday.", "2024-06-11", false)]
    [InlineData("On Monday, Ana Ruiz said: \"The money will arrive in 2025.\"", "2024-06-10", false)]
    public void A_date_inside_the_quoted_words_does_not_date_the_quote(string sentence, string expected, bool isReportDate)
    {
        var analysis = Pipeline.CreateDefault().Analyse(new Document
        {
            Id = "doc", Text = "LISBON (Reuters) - Shop owners counted the damage after the flood.\n\n" + sentence,
            Source = "test", Published = Published, PublishedSource = PublishedSource.Metadata,
        });

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(expected, quote.Time!.Value);
        Assert.Equal(isReportDate, quote.Time.IsReportDate);
    }
}
