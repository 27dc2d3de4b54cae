using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class EventTypeExtractionTests
{
    [Theory]
    [InlineData("President Anna Berg met Prime Minister Tomas Lind in Lisbon.", EventType.Meeting, "Anna Berg")]
    [InlineData("President Anna Berg will visit Lisbon next week.", EventType.Visit, "Anna Berg")]
    [InlineData("Mayor Lena Ortiz announced a new housing plan.", EventType.Announcement, "Lena Ortiz")]
    [InlineData("Senator Paul Brandt urged Governor Ines Vale to act.", EventType.Appeal, "Ines Vale")]
    [InlineData("Minister Karl Dorn warned Governor Ines Vale of reprisals.", EventType.Warning, "Karl Dorn")]
    [InlineData("Governor Ines Vale denied the reports.", EventType.Deny, "Ines Vale")]
    [InlineData("Chancellor Eva Roth rejected the proposal.", EventType.Oppose, "Eva Roth")]
    [InlineData("President Anna Berg signed a border treaty with Prime Minister Tomas Lind.", EventType.Agreement, "Tomas Lind")]
    [InlineData("The Coastal Defence Agency launched two ballistic missiles into the sea.", EventType.Launch, "Coastal Defence Agency")]
    [InlineData("The Northern Liberation Council attacked a convoy near Dalen.", EventType.Attack, "Northern Liberation Council")]
    [InlineData("The Trade Council imposed sanctions on the Harbour Shipping Company.", EventType.Sanction, "Harbour Shipping Company")]
    [InlineData("The Green Party won the election in Dalen.", EventType.Election, "Green Party")]
    [InlineData("Senator Paul Brandt became party leader in 2019.", EventType.Appointment, "Paul Brandt")]
    [InlineData("Minister Karl Dorn resigned on Tuesday.", EventType.Resignation, "Karl Dorn")]
    [InlineData("Mayor Lena Ortiz spoke at a press conference in Porto.", EventType.PressConference, "Lena Ortiz")]
    [InlineData("The Border Police Agency arrested Senator Paul Brandt in Dalen.", EventType.Arrest, "Paul Brandt")]
    [InlineData("General Omar Sayed died in Dalen on Sunday.", EventType.Death, "Omar Sayed")]
    public void Each_event_type_is_extracted_with_a_participant(string sentence, EventType type, string participant)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events);
        Assert.Equal(type, e.Type);
        Assert.Contains(participant, EventTestSupport.ParticipantNames(a, e));
    }

    [Theory]
    [InlineData("The summit was long.")]
    [InlineData("Officials said the visit went well.")]
    public void A_mention_with_no_participant_and_no_earlier_event_gives_no_event(string text)
    {
        Assert.Empty(EventTestSupport.Analyse(text).Events);
    }

    [Theory]
    [InlineData("President Anna Berg signed a border treaty with Prime Minister Tomas Lind.")]
    [InlineData("President Anna Berg will travel to Lisbon for talks.")]
    public void A_noun_that_is_the_object_or_purpose_of_a_verb_trigger_is_evidence_of_that_event(string sentence)
    {
        var e = Assert.Single(EventTestSupport.Analyse(sentence).Events);
        Assert.Single(e.MoreEvidence);
    }

    [Fact]
    public void Headlines_are_skipped_because_the_body_restates_them()
    {
        var a = EventTestSupport.Analyse("Berg Meets Lind\n\nThe weather in Lisbon was mild.");
        Assert.Empty(a.Events);
    }

    [Fact]
    public void A_warning_whose_content_is_a_quotation_is_left_to_the_quote_extractor()
    {
        var a = EventTestSupport.Analyse("Minister Karl Dorn warned that the plan \"will fail within a year.\"");
        Assert.DoesNotContain(a.Events, e => e.Type == EventType.Warning);
    }
}
