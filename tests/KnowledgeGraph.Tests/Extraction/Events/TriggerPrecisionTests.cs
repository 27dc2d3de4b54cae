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
    [InlineData("Mayor Lena Ortiz urged the Harbour Shipping Company to reject the offer.", EventType.Oppose)]
    [InlineData("Governor Ines Vale was considering appointing Mayor Lena Ortiz to the board.", EventType.Appointment)]
    public void What_someone_urges_recommends_or_considers_has_not_happened(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(EventStatus.Hypothetical, e.Status);
    }

    [Theory]
    [InlineData("Minister Karl Dorn said he could not deny that the economy had cooled.", EventType.Deny)]
    [InlineData("That pact, agreed last year, calls on Japan to stop selling cheap chips.", EventType.Appeal)]
    [InlineData("The plan, which calls for deep cuts, was sent to Governor Ines Vale.", EventType.Appeal)]
    [InlineData("Senator Paul Brandt was speaking at a lunch in Porto.", EventType.Meeting)]
    public void A_negated_denial_a_speech_act_without_a_speaker_and_a_meal_alone_are_no_events(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.DoesNotContain(a.Events, e => e.Type == type);
    }

    [Fact]
    public void A_meal_with_company_is_a_meeting()
    {
        var a = EventTestSupport.Analyse("Senator Paul Brandt attended a lunch with Governor Ines Vale in Porto.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Meeting);
        Assert.Equal(["Ines Vale", "Paul Brandt"], EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void A_negation_before_but_belongs_to_the_other_clause()
    {
        var a = EventTestSupport.Analyse("Chancellor Eva Roth's view was not known, but she has opposed the plan in the past.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Oppose);
        Assert.Equal(EventStatus.Occurred, e.Status);
    }

    [Fact]
    public void A_by_phrase_after_a_participle_is_the_agent()
    {
        var a = EventTestSupport.Analyse("The housing plan, unveiled by Mayor Lena Ortiz on Monday, was welcomed.");
        var e = Assert.Single(a.Events, x => x.Type == EventType.Announcement);
        var agent = Assert.Single(e.Participants, p => p.Role == ParticipantRole.Agent);
        Assert.Equal("Lena Ortiz", EventTestSupport.NameOf(a, agent.EntityId));
    }

    [Theory]
    [InlineData("Steel makers asked Governor Ines Vale to agree to a cutback.", EventType.Agreement, EventStatus.Hypothetical)]
    [InlineData("Senator Paul Brandt said failure to reach a deal with the Trade Council would hurt farmers.", EventType.Agreement, EventStatus.Failed)]
    [InlineData("The board will sit on a panel to be appointed by Governor Ines Vale.", EventType.Appointment, EventStatus.Planned)]
    public void A_request_a_failure_or_a_to_be_passive_sets_the_status(string sentence, EventType type, EventStatus status)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.Equal(status, Assert.Single(a.Events, x => x.Type == type).Status);
    }
}
