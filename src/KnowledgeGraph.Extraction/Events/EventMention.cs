using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One mention of an event before merging: what one trigger and its clause say. Mentions of the
/// same real-world event ("met", "the summit", "the talks") are merged into one <see cref="Event"/>.
/// </summary>
internal sealed record EventMention(
    EventType Type,
    EventStatus Status,
    IReadOnlyList<FoundParticipant> Participants,
    string? PlaceId,
    TimeValue? Time,
    string Trigger,
    bool IsNominal,
    Evidence Evidence)
{
    /// <summary>Evidence of mentions folded into this one ("visit Porto for talks": the talks are the visit's purpose).</summary>
    public IReadOnlyList<Evidence> Absorbed { get; init; } = [];

    /// <summary>The clause the arguments were read from, to tell a time of the clause from one borrowed from the sentence.</summary>
    public TextSpan Clause { get; init; }

    /// <summary>Set when the mention reports who attended an event ("Ruiz attended the talks"): see <see cref="Events.Attendance"/>.</summary>
    public Attendance? Attendance { get; init; }
}
