using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>The attendance rule end to end: who attended an event the article already reported joins it as a participant.</summary>
public class EventAttendanceTests
{
    private const string Meeting = "President Anna Berg met Prime Minister Tomas Lind in Lisbon on Monday. ";

    [Theory]
    [InlineData(Meeting + "Finance Minister Rui Costa attended the talks.", "Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa took part in the negotiations.", "Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa participated in the closed-door discussions.", "Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa, who sat in on the talks, said little.", "Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa was also present at the meeting.", "Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa later joined those talks.", "Rui Costa")]
    [InlineData(Meeting + "He attended the talks.", "Tomas Lind")]
    [InlineData(Meeting + "The summit was attended by Finance Minister Rui Costa and Trade Minister Ines Moura.", "Ines Moura|Rui Costa")]
    [InlineData(Meeting + "Also attending the talks were Finance Minister Rui Costa and Trade Minister Ines Moura.", "Ines Moura|Rui Costa")]
    [InlineData(Meeting + "Finance Minister Rui Costa attended the Lisbon summit.", "Rui Costa")]
    public void An_attendee_joins_the_earlier_meeting_as_a_participant(string text, string attendees)
    {
        var a = EventTestSupport.Analyse(text);

        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Meeting, e.Type);
        string[] expected = ["Anna Berg", "Tomas Lind", .. attendees.Split('|')];
        Assert.Equal(expected.Distinct().Order(StringComparer.Ordinal), EventTestSupport.ParticipantNames(a, e));
        Assert.All(e.Participants, p => Assert.Equal(ParticipantRole.Participant, p.Role));
    }

    [Fact]
    public void The_attendance_is_evidence_of_the_meeting_with_its_own_rule_and_span()
    {
        var text = Meeting + "Finance Minister Rui Costa attended the talks.";
        var a = EventTestSupport.Analyse(text);

        var evidence = Assert.Single(Assert.Single(a.Events).MoreEvidence);
        Assert.StartsWith("attendance:attend;trigger:talks", evidence.Rule, StringComparison.Ordinal);
        Assert.Equal("attended the talks", evidence.Span.Slice(text));
        Assert.Equal("Finance Minister Rui Costa attended the talks.", evidence.Sentence);
    }

    [Fact]
    public void Of_two_meetings_the_attendee_joins_the_most_recent()
    {
        var a = EventTestSupport.Analyse(
            Meeting + "On Tuesday, Trade Minister Ines Moura met Governor Paulo Reis in Porto. Finance Minister Rui Costa attended the talks.",
            "2024-05-15", ("on Monday", "2024-05-13"), ("Tuesday", "2024-05-14"));

        var meetings = a.Events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, e => EventTestSupport.ParticipantNames(a, e).SequenceEqual(["Ines Moura", "Paulo Reis", "Rui Costa"]));
        Assert.Contains(meetings, e => EventTestSupport.ParticipantNames(a, e).SequenceEqual(["Anna Berg", "Tomas Lind"]));
    }

    [Theory]
    [InlineData(Meeting + "Finance Minister Rui Costa did not attend the talks.")]
    [InlineData(Meeting + "Finance Minister Rui Costa declined to attend the summit.")]
    [InlineData(Meeting + "Finance Minister Rui Costa could attend the talks.")]
    [InlineData(Meeting + "Finance Minister Rui Costa attended university in Porto.")]
    [InlineData(Meeting + "Finance Minister Rui Costa joined the board of the Harbour Shipping Company.")]
    [InlineData(Meeting + "Finance Minister Rui Costa will attend the next meeting.")]
    [InlineData(Meeting + "Officials of the Harbour Shipping Company attended the talks.")]
    [InlineData(Meeting + "Finance Minister Rui Costa attended the summit in Porto.")]
    public void A_negated_attendance_or_one_of_no_reported_event_adds_nobody(string text)
    {
        var a = EventTestSupport.Analyse(text);

        var e = Assert.Single(a.Events, e => EventTestSupport.ParticipantNames(a, e).Contains("Anna Berg"));
        Assert.Equal(["Anna Berg", "Tomas Lind"], EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void With_no_earlier_meeting_an_attended_summit_is_a_meeting_of_its_attendee_with_the_attendance_as_evidence()
    {
        var text = "Finance Minister Rui Costa attended the summit in Brussels on Monday.";
        var a = EventTestSupport.Analyse(text, "2024-05-15", ("on Monday", "2024-05-13"));

        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Meeting, e.Type);
        Assert.Equal(["Rui Costa"], EventTestSupport.ParticipantNames(a, e));
        Assert.Equal("Brussels", EventTestSupport.NameOf(a, e.PlaceId));
        Assert.Equal("2024-05-13", e.Time?.Value);
        Assert.Equal("attended the summit", e.Evidence.Span.Slice(text));
        Assert.StartsWith("attendance:attend", e.Evidence.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attended_next_or_annual_meeting_is_another_meeting_never_the_one_reported()
    {
        var a = EventTestSupport.Analyse(Meeting + "Finance Minister Rui Costa will attend the annual meeting of the Harbour Shipping Company.");

        Assert.Equal(2, a.Events.Count);
        var other = Assert.Single(a.Events, e => e.Status == EventStatus.Planned);
        Assert.Equal(["Harbour Shipping Company", "Rui Costa"], EventTestSupport.ParticipantNames(a, other));
    }

    [Theory]
    [InlineData("Finance Minister Rui Costa attended the lunch.")]
    [InlineData("Finance Minister Rui Costa attended the ceremony.")]
    [InlineData("Finance Minister Rui Costa attended the news conference.")]
    [InlineData("Finance Minister Rui Costa did not attend the summit.")]
    public void With_no_earlier_event_an_attendance_that_cannot_stand_alone_creates_nothing(string text)
    {
        Assert.Empty(EventTestSupport.Analyse(text).Events);
    }

    [Fact]
    public void An_attendee_of_the_signing_ceremony_joins_the_agreement()
    {
        var a = EventTestSupport.Analyse("President Anna Berg and Prime Minister Tomas Lind signed a trade agreement in Lisbon. Finance Minister Rui Costa attended the signing ceremony.");

        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Agreement, e.Type);
        Assert.Contains("Rui Costa", EventTestSupport.ParticipantNames(a, e));
    }
}
