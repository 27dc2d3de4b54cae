using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// A noun one can attend and the event types it may name: "the talks" a Meeting, "the news conference" a
/// PressConference, "the signing ceremony" an Agreement. <see cref="StartsMeeting"/>: with no earlier event to
/// refer to, an attended "summit" is still a meeting the attendee took part in; an attended "ceremony" or "lunch"
/// says too little on its own. <see cref="OnlyBare"/>: "the ceremony" refers back, "the opening ceremony" names another.
/// </summary>
internal sealed record AttendedNoun(string Phrase, IReadOnlyList<EventType> Types, bool StartsMeeting = false, bool OnlyBare = false)
{
    public IReadOnlyList<string> Words { get; } = Phrase.Split(' ');
}
