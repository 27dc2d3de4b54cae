using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>The attendance finder on its own: who attended which noun phrase, by which verb, with which status.</summary>
public class AttendanceFinderTests
{
    [Theory]
    [InlineData("Finance Minister Rui Costa attended the talks.", "Rui Costa", "talks", "attend", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa and Trade Minister Ines Moura took part in the negotiations.", "Ines Moura|Rui Costa", "negotiations", "take part in", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa will participate in the two-day summit.", "Rui Costa", "summit", "participate in", EventStatus.Planned)]
    [InlineData("Finance Minister Rui Costa, the party's treasurer, sat in on the talks.", "Rui Costa", "talks", "sit in on", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa was also at the meeting.", "Rui Costa", "meeting", "be at", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa was in attendance at the news conference.", "Rui Costa", "news conference", "be in attendance at", EventStatus.Occurred)]
    [InlineData("The summit was attended by Finance Minister Rui Costa and Trade Minister Ines Moura.", "Ines Moura|Rui Costa", "summit", "attended by", EventStatus.Occurred)]
    [InlineData("The talks will be attended by Finance Minister Rui Costa.", "Rui Costa", "talks", "attended by", EventStatus.Planned)]
    [InlineData("Also present at the talks was Finance Minister Rui Costa.", "Rui Costa", "talks", "be present at", EventStatus.Occurred)]
    [InlineData("The meeting, also attended by Harbour Shipping Company President Rui Costa, was short.", "Rui Costa", "meeting", "attended by", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa is attending the summit.", "Rui Costa", "summit", "attend", EventStatus.Occurred)]
    [InlineData("Finance Minister Rui Costa will attend the next meeting.", "Rui Costa", "meeting", "attend", EventStatus.Planned)]
    [InlineData("Ana Ruiz, an Acme Bank official who attended the talks, said little.", "Ana Ruiz", "talks", "attend", EventStatus.Occurred)]
    [InlineData("President Ana Ruiz, chairman of Acme Bank, and Finance Minister Rui Costa, 61, attended the meeting.", "Rui Costa", "meeting", "attend", EventStatus.Occurred)]
    [InlineData("Portugal joined the negotiations in May.", "Portugal", "negotiations", "join", EventStatus.Occurred)]
    [InlineData("The Harbour Shipping Company did not attend the meeting.", "Harbour Shipping Company", "meeting", "attend", EventStatus.Denied)]
    [InlineData("Finance Minister Rui Costa refused to attend the ceremony.", "Rui Costa", "ceremony", "attend", EventStatus.Denied)]
    public void An_attendance_names_its_attendees_noun_verb_and_status(string sentence, string attendees, string noun, string verb, EventStatus status)
    {
        var a = EventTestSupport.Analyse(sentence);
        var found = Assert.Single(AttendanceFinder.Find(new SentenceContext(a, a.Sentences[0])));

        Assert.Equal(attendees.Split('|'), found.Attendees.Select(p => EventTestSupport.NameOf(a, p.EntityId)).Order(StringComparer.Ordinal));
        Assert.Equal(noun, found.Noun.Noun.Phrase);
        Assert.Equal(verb, found.Verb);
        Assert.Equal(status, found.Status);
    }

    [Theory]
    [InlineData("Finance Minister Rui Costa attended university in Porto.")]
    [InlineData("Finance Minister Rui Costa attended a meeting in Porto.")]
    [InlineData("Finance Minister Rui Costa attended the opening ceremony.")]
    [InlineData("Portugal joined Spain in opposing the talks.")]
    [InlineData("Officials of the Harbour Shipping Company attended the talks.")]
    [InlineData("Finance Minister Rui Costa's aide attended the talks.")]
    [InlineData("Finance Minister Rui Costa thanked officials who attended the talks.")]
    [InlineData("Rui Costa, who thanked officials who attended the talks, left.")]
    [InlineData("In Porto, officials attended the talks.")]
    [InlineData("Ana Ruiz saw no difficulty about Portugal joining the Lisbon talks.")]
    [InlineData("The decision was at the meeting of the board.")]
    public void No_attendance_without_an_attendee_subject_and_a_referring_event_noun(string sentence)
    {
        var a = EventTestSupport.Analyse(sentence);

        Assert.Empty(AttendanceFinder.Find(new SentenceContext(a, a.Sentences[0])));
    }
}
