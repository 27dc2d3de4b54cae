namespace KnowledgeGraph.Tests.Extraction.Time;

public class DeicticAndAnaphoricAnchorTests
{
    [Theory]
    // Deictic: anchored on the publication date.
    [InlineData("The envoy will return to Cairo next month.", "2023-09-13", "next month", "2023-10")]
    [InlineData("The minister declined this week to name a date.", "2025-03-07", "this week", "2025-W10")]
    [InlineData("The party elects a new leader this weekend.", "2025-03-07", "this weekend", "2025-W10-WE")]
    [InlineData("Exports fell sharply last year.", "2024-02-01", "last year", "2023")]
    [InlineData("The fund lost money last quarter.", "2024-05-15", "last quarter", "2024-Q1")]
    [InlineData("The strike ended yesterday.", "2024-05-15", "yesterday", "2024-05-14")]
    [InlineData("The court rules tomorrow.", "2024-05-15", "tomorrow", "2024-05-16")]
    [InlineData("The riots began three days ago.", "2024-05-15", "three days ago", "2024-05-12")]
    [InlineData("The dam burst two years ago.", "2024-05-15", "two years ago", "2022")]
    [InlineData("Prices rose earlier this month.", "2024-05-15", "earlier this month", "2024-05")]
    [InlineData("The plant opens early next year.", "2024-05-15", "early next year", "2025")]
    [InlineData("The storm hit the coast last night.", "2024-05-15", "last night", "2024-05-14TNI")]
    [InlineData("The governor spoke this morning.", "2024-05-15", "this morning", "2024-05-15TMO")]
    public void Deictic_expressions_anchor_on_the_publication_date(string sentence, string published, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, published, text).Value);

    [Theory]
    // Anaphoric: anchored on the last date the narrative gave, not on the publication date.
    [InlineData("She became party leader in 2013 before taking over as premier two years later.", "2025-03-07", "two years later", "2015")]
    [InlineData("The treaty was signed on March 3, 1998. The following day, troops withdrew.", "2024-05-15", "The following day", "1998-03-04")]
    [InlineData("The mine opened in June 1989. That year, output doubled.", "2024-05-15", "That year", "1989")]
    [InlineData("Fighting resumed on Aug. 2, 2014. Three days later, a truce was agreed.", "2024-05-15", "Three days later", "2014-08-05")]
    [InlineData("The bank earned $3 million in the third quarter, up from $2 million a year earlier.", "2023-11-02", "a year earlier", "2022-Q3")]
    [InlineData("Third-quarter profit rose to $3 million on Oct. 20 sales. Revenue was $9 million, against $7 million a year ago.", "2023-11-02", "a year ago", "2022-Q3")]
    public void Anaphoric_expressions_anchor_on_the_last_date_in_the_narrative(string text, string published, string expression, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(text, published, expression).Value);

    [Theory]
    [InlineData("The talks will resume on Sunday, a spokesman said.", "2025-03-07", "Sunday", "2025-03-09", "2025-03-10", "Day")]
    [InlineData("The envoy will return next month.", "2023-09-13", "next month", "2023-10-01", "2023-11-01", "Month")]
    [InlineData("The party elects a new leader this weekend.", "2025-03-07", "this weekend", "2025-03-08", "2025-03-10", "Weekend")]
    [InlineData("The festival was cancelled last summer.", "2013-03-01", "last summer", "2012-06-01", "2012-09-01", "Season")]
    [InlineData("Profit rose in the third quarter of 2023.", "2024-05-15", "the third quarter of 2023", "2023-07-01", "2023-10-01", "Quarter")]
    [InlineData("The dam was built in the 1990s.", "2024-05-15", "the 1990s", "1990-01-01", "2000-01-01", "Decade")]
    public void Dates_carry_a_half_open_interval_and_precision(string sentence, string published, string text, string start, string end, string precision)
    {
        var t = TimeTaggerTestHelper.Single(sentence, published, text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), t.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), t.End);
        Assert.Equal(precision, t.Precision.ToString());
    }
}
