using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Words that look like triggers but report no event of that type; each line is a false alarm seen in wire copy.</summary>
public class TriggerPrecisionTests
{
    [Theory]
    [InlineData("Shareholders will vote on the proposed merger at a special meeting.", EventType.Election)]
    [InlineData("The offer would give the bidder enough voting power to approve the sale.", EventType.Election)]
    [InlineData("Delegates voted for a large increase in the fund's capital.", EventType.Election)]
    [InlineData("The board of directors elected Maria Costa to be chief financial officer.", EventType.Election)]
    [InlineData("About 4,000 dock workers voted to strike next week over pay.", EventType.Attack)]
    [InlineData("The union said a possible strike would close the mine.", EventType.Attack)]
    [InlineData("The minister defended the currency accord struck in Geneva last year.", EventType.Attack)]
    [InlineData("Analysts agreed would remain the main market for the bank.", EventType.Agreement)]
    [InlineData("The court ruled under the founding Treaty of Lisbon.", EventType.Agreement)]
    [InlineData("Some delegates left early, but other votes were still coming in.", EventType.Election)]
    public void A_look_alike_is_not_an_event_of_that_type(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.DoesNotContain(a.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("Members of the Green Party will vote for a new leader on Sunday.", EventType.Election)]
    [InlineData("The Green Party won the vote in Dalen.", EventType.Election)]
    [InlineData("The Northern Liberation Council struck a police post near Dalen on Sunday.", EventType.Attack)]
    [InlineData("President Anna Berg and Prime Minister Tomas Lind agreed to cut tariffs.", EventType.Agreement)]
    public void The_real_trigger_still_counts(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.Contains(a.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("The board recommends that shareholders reject the offer from Harbour Shipping Company.", EventType.Oppose)]
    [InlineData("Governor Ines Vale was considering appointing Mayor Lena Ortiz to the board.", EventType.Appointment)]
    public void What_someone_urges_recommends_or_considers_has_not_happened(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(EventStatus.Hypothetical, e.Status);
    }
}
