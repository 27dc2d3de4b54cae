using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class EventStatusTests
{
    [Theory]
    [InlineData("President Anna Berg visited Lisbon.", EventStatus.Occurred)]
    [InlineData("President Anna Berg will visit Lisbon.", EventStatus.Planned)]
    [InlineData("President Anna Berg plans to visit Lisbon.", EventStatus.Planned)]
    [InlineData("President Anna Berg is to visit Lisbon.", EventStatus.Planned)]
    [InlineData("President Anna Berg is expected to visit Lisbon.", EventStatus.Planned)]
    [InlineData("President Anna Berg could visit Lisbon.", EventStatus.Hypothetical)]
    [InlineData("Officials asked if President Anna Berg had visited Lisbon.", EventStatus.Hypothetical)]
    [InlineData("President Anna Berg has denied visiting Lisbon.", EventStatus.Denied)]
    [InlineData("President Anna Berg did not visit Lisbon.", EventStatus.Denied)]
    [InlineData("The Coastal Defence Agency failed to launch a satellite.", EventStatus.Failed)]
    [InlineData("Minister Karl Dorn announced that he planned to resign.", EventStatus.Announced)]
    [InlineData("Minister Karl Dorn announced in May that he would step down.", EventStatus.Announced)]
    [InlineData("The Green Party looked certain to win the election.", EventStatus.Hypothetical)]
    [InlineData("Governor Ines Vale hopes to meet Mayor Lena Ortiz.", EventStatus.Hypothetical)]
    public void The_status_comes_from_the_words_before_the_trigger(string sentence, EventStatus expected)
    {
        var e = Assert.Single(EventTestSupport.Analyse(sentence).Events);
        Assert.Equal(expected, e.Status);
    }

    [Fact]
    public void An_announcement_of_another_event_is_its_status_not_a_second_event()
    {
        var a = EventTestSupport.Analyse("Minister Karl Dorn announced that he planned to resign.");
        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Resignation, e.Type);
        Assert.Equal(["Karl Dorn"], EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void A_date_after_publication_makes_an_event_planned()
    {
        var a = EventTestSupport.Analyse("President Anna Berg visits Lisbon on June 3.", "2024-05-15", ("on June 3", "2024-06-03"));
        var e = Assert.Single(a.Events);
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("2024-06-03", e.Time?.Value);
    }

    [Theory]
    [InlineData("The Green Party backs a leadership vote that will be held in Dalen.", EventStatus.Planned)]
    [InlineData("The Green Party backs a leadership vote that may be held in Dalen.", EventStatus.Hypothetical)]
    public void A_noun_followed_by_a_future_or_modal_verb_is_not_yet_a_fact(string sentence, EventStatus expected)
    {
        Assert.Equal(expected, Assert.Single(EventTestSupport.Analyse(sentence).Events).Status);
    }
}
