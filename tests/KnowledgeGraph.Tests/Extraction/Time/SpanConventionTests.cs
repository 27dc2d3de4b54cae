namespace KnowledgeGraph.Tests.Extraction.Time;

/// <summary>Spans follow TimeML: no leading "on"/"in"/"by"; determiners and modifiers that belong to the expression stay.</summary>
public class SpanConventionTests
{
    [Theory]
    [InlineData("The result will be announced on Sunday.", "Sunday")]
    [InlineData("The treaty was signed in 1998.", "1998")]
    [InlineData("The election must be held by October.", "October")]
    [InlineData("Prices fell sharply in the last week.", "the last week")]
    [InlineData("Output slumped in the past four months.", "the past four months")]
    [InlineData("The talks lasted more than 18 months.", "more than 18 months")]
    [InlineData("The eight-year war ended in a truce.", "eight-year")]
    [InlineData("The ceasefire held for just three days.", "three days")]
    [InlineData("Negotiators met for the twenty-four hours before the deadline.", "the twenty-four hours")]
    [InlineData("He steered the bank through the 2008-2009 crisis.", "2008")]
    [InlineData("He steered the bank through the 2008-2009 crisis.", "2009")]
    [InlineData("The plant reopened on September 13, 2023, after repairs.", "September 13, 2023")]
    [InlineData("The accord dates from 13 September 2023.", "13 September 2023")]
    [InlineData("The log shows 2023-09-13 as the day of the breach.", "2023-09-13")]
    [InlineData("The price fell to the level of nineteen ninety-four, the anchor said.", "nineteen ninety-four")]
    public void Span_is_the_time_words_only(string sentence, string expected)
    {
        var analysis = TimeTaggerTestHelper.Tag(sentence, "2024-05-15");
        Assert.Contains(analysis.Timexes, t => t.Text == expected && t.Span.Slice(sentence) == expected);
    }

    [Theory]
    [InlineData("A 6-year-old boy was rescued from the river.")]
    [InlineData("Officials said 2000 people fled the town.")]
    [InlineData("Prices may fall further, traders said.")]
    [InlineData("Protesters will march to the ministry.")]
    [InlineData("Shares could fall if the deal collapses.")]
    [InlineData("Aid chief Jan Larsen toured the camps.")]
    [InlineData("About three-quarters of the voters backed the plan.")]
    public void Words_that_only_look_like_time_are_not_tagged(string sentence) =>
        Assert.Empty(TimeTaggerTestHelper.Tag(sentence, "2024-05-15").Timexes);

    [Fact]
    public void Offsets_index_the_document_text_exactly()
    {
        const string text = "Headline\n\nThe vote was held on Wednesday. Results come next week.";
        var analysis = TimeTaggerTestHelper.Tag(text, "2024-05-15");
        Assert.NotEmpty(analysis.Timexes);
        Assert.All(analysis.Timexes, t => Assert.Equal(t.Text, t.Span.Slice(text)));
    }
}
