using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "Ana Ruiz attended the talks", "the summit was attended by Ruiz and Lind": who attended which noun phrase,
/// with the attendance verb, its status, the tokens [First, Last] that say it and the clause they stand in.
/// </summary>
internal sealed record AttendancePhrase(
    AttendedNounPhrase Noun,
    IReadOnlyList<FoundParticipant> Attendees,
    string Verb,
    EventStatus Status,
    string? Cue,
    int First,
    int Last,
    int ClauseStart,
    int ClauseEnd);
