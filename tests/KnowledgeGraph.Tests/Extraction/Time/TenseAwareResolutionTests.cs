namespace KnowledgeGraph.Tests.Extraction.Time;

public class TenseAwareResolutionTests
{
    [Theory]
    // Past tense includes the publication day: written on a Wednesday.
    [InlineData("The two ministers met for talks on Wednesday in Geneva.", "2024-05-15", "Wednesday", "2024-05-15")]
    [InlineData("The mayor resigned on Monday after the audit.", "2024-05-15", "Monday", "2024-05-13")]
    [InlineData("Police on Tuesday arrested three men near the port.", "2024-05-15", "Tuesday", "2024-05-14")]
    [InlineData("The rebels attended a rally Thursday in the capital.", "2024-05-17", "Thursday", "2024-05-16")]
    [InlineData("The president said on Friday the talks may resume soon.", "2024-05-15", "Friday", "2024-05-10")]
    // Future tense: the coming day.
    [InlineData("The result of the ballot will be announced in Lagos on Sunday.", "2024-05-15", "Sunday", "2024-05-19")]
    [InlineData("The ministers are set to meet again on Monday.", "2024-05-15", "Monday", "2024-05-20")]
    [InlineData("The union said the strike would begin on Thursday.", "2024-05-15", "Thursday", "2024-05-16")]
    // A weekday naming a noun is a day already reported, whatever the clause.
    [InlineData("Exiles said they would fight Wednesday's ruling in court.", "2024-05-17", "Wednesday", "2024-05-15")]
    [InlineData("Nobody could be reached Wednesday at the embassy.", "2024-05-17", "Wednesday", "2024-05-15")]
    // last / next / this.
    [InlineData("The talks collapsed last Friday.", "2024-05-15", "last Friday", "2024-05-10")]
    [InlineData("The council votes next Tuesday.", "2024-05-15", "next Tuesday", "2024-05-21")]
    public void Weekday_resolves_by_the_tense_of_its_clause(string sentence, string published, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, published, text).Value);

    [Theory]
    [InlineData("The finance minister quit in December, citing health reasons.", "2025-02-10", "December", "2024-12")]
    [InlineData("Parliament must approve the budget by October, the treasury said.", "2025-02-10", "October", "2025-10")]
    [InlineData("The company announced in early January that it would cut jobs.", "2025-02-10", "early January", "2025-01")]
    [InlineData("A general election that must be held by October could come sooner.", "2025-03-07", "October", "2025-10")]
    [InlineData("The summit will take place in June.", "2025-02-10", "June", "2025-06")]
    [InlineData("The dividend is payable Dec. 7 to holders of record.", "2024-11-02", "Dec. 7", "2024-12-07")]
    [InlineData("The factory closed last April.", "2024-11-02", "last April", "2024-04")]
    [InlineData("Talks resume in January next year.", "2024-11-02", "January next year", "2025-01")]
    // A deadline just ahead, told in the past tense, is the coming one.
    [InlineData("The bidder extended its offer to Nov. 20, the company said.", "2024-11-02", "Nov. 20", "2024-11-20")]
    [InlineData("The regulator gave the bank until mid-November to reply.", "2024-10-30", "mid-November", "2024-11")]
    [InlineData("The board declared a dividend payable Dec. 15 to holders of record.", "2024-10-26", "Dec. 15", "2024-12-15")]
    [InlineData("The bonus would be paid on a still unspecified date in January.", "2024-10-26", "January", "2025-01")]
    // "last February" said in March is not last month: it is a year back.
    [InlineData("The plant closed last February.", "2024-03-10", "last February", "2023-02")]
    public void Month_resolves_by_tense_or_nearest(string sentence, string published, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, published, text).Value);

    [Theory]
    [InlineData("Before Christmas, the ruling party looked certain to lose the vote.", "2025-03-07", "Christmas", "2024-12-25")]
    [InlineData("The bridge will reopen before Christmas.", "2025-03-07", "Christmas", "2025-12-25")]
    [InlineData("Shoppers spent less over Thanksgiving than analysts expected.", "2023-12-05", "Thanksgiving", "2023-11-23")]
    [InlineData("The new law takes effect on New Year's Day 2026.", "2025-03-07", "New Year's Day 2026", "2026-01-01")]
    [InlineData("The festival was cancelled last summer.", "2013-03-01", "last summer", "2012-SU")]
    [InlineData("Looters struck shops over the weekend.", "2024-05-15", "the weekend", "2024-W19-WE")]
    [InlineData("The summit will be held at the weekend.", "2024-05-15", "the weekend", "2024-W20-WE")]
    [InlineData("Construction will start this summer.", "2013-03-01", "this summer", "2013-SU")]
    [InlineData("The strike began last spring.", "2013-10-26", "last spring", "2012-SP")]
    public void Holidays_and_seasons_follow_the_tense(string sentence, string published, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, published, text).Value);

    [Theory]
    [InlineData("The shops close on Christmas Day.", "Christmas Day", "XXXX-12-25")]
    [InlineData("The envoys met in December.", "December", "XXXX-12")]
    [InlineData("The vote was held on March 3.", "March 3", "XXXX-03-03")]
    public void Without_a_publication_date_the_year_stays_unknown(string sentence, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, null, text).Value);

    [Fact]
    public void Weekday_without_a_publication_date_stays_unresolved() =>
        Assert.Equal("XXXX-WXX-3", TimeTaggerTestHelper.Single("The envoys met on Wednesday.", null, "Wednesday").Value);

    [Fact]
    public void Day_month_with_agreeing_weekday_picks_the_year_where_they_agree() =>
        Assert.Equal("2026-04-25", TimeTaggerTestHelper.Single("The paper said in an editorial on Saturday, April 25: the court erred.", "2026-04-24", "Saturday, April 25").Value);
}
