using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Time;

public class DurationSetAndReferenceTests
{
    [Theory]
    [InlineData("The army has fought for more than 18 months in the east.", "more than 18 months", "P18M")]
    [InlineData("Rescuers searched the rubble for three hours.", "three hours", "PT3H")]
    [InlineData("He ruled for 12 years before the coup.", "12 years", "P12Y")]
    [InlineData("The rocket failed twice in the past four months.", "the past four months", "P4M")]
    [InlineData("The union signed a two-year contract.", "two-year", "P2Y")]
    [InlineData("The drought lasted several weeks.", "several weeks", "PXW")]
    [InlineData("The feud ran for two decades.", "two decades", "P20Y")]
    [InlineData("Negotiators talked for twenty-four hours straight.", "twenty-four hours", "PT24H")]
    [InlineData("The siege lasted nearly two months.", "nearly two months", "P2M")]
    [InlineData("Inflation has eased in recent weeks.", "recent weeks", "PXW")]
    [InlineData("The refugees lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The envoy spent about five and a half hours in Kigali.", "about five and a half hours", "PT5H30M")]
    public void Durations_get_a_period_value(string sentence, string text, string value)
    {
        var t = TimeTaggerTestHelper.Single(sentence, "2024-05-15", text);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Duration, t.Type);
    }

    [Theory]
    [InlineData("The market is held every Monday in the square.", "every Monday", "XXXX-WXX-1")]
    [InlineData("The bulletin is published weekly.", "weekly", "P1W")]
    [InlineData("The board meets twice a year.", "twice a year", "P1Y")]
    [InlineData("Elections are held every two years.", "every two years", "P2Y")]
    [InlineData("The ferry runs daily from the island.", "daily", "P1D")]
    public void Sets_get_a_recurring_value(string sentence, string text, string value)
    {
        var t = TimeTaggerTestHelper.Single(sentence, "2024-05-15", text);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Set, t.Type);
    }

    [Theory]
    [InlineData("The border is now closed.", "now", "PRESENT_REF")]
    [InlineData("The envoy is currently in Doha.", "currently", "PRESENT_REF")]
    [InlineData("The company recently cut jobs.", "recently", "PAST_REF")]
    [InlineData("More cuts may come in the future.", "the future", "FUTURE_REF")]
    [InlineData("Demand should recover in coming months.", "coming months", "FUTURE_REF")]
    public void Vague_references_get_present_past_or_future_ref(string sentence, string text, string value) =>
        Assert.Equal(value, TimeTaggerTestHelper.Single(sentence, "2024-05-15", text).Value);

    [Theory]
    [InlineData("The ferry leaves at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2024-05-15T22:00")]
    [InlineData("Voting will close at noon Thursday.", "noon Thursday", "2024-05-16T12:00")]
    public void Clock_times_join_their_day(string sentence, string text, string value)
    {
        var t = TimeTaggerTestHelper.Single(sentence, "2024-05-15", text);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }
}
