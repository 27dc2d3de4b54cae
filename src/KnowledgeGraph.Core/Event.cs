namespace KnowledgeGraph.Core;

public enum EventStatus
{
    Occurred,
    Planned,
    Announced,
    Denied,
    Failed,
    Hypothetical,
}

public enum ParticipantRole
{
    Agent,
    Patient,
    Participant,
}

public sealed record Participant(string EntityId, ParticipantRole Role);

/// <summary>A typed, dated happening with its participants and the words that report it.</summary>
public sealed record Event
{
    public required string Id { get; init; }

    public required EventType Type { get; init; }

    public EventStatus Status { get; init; } = EventStatus.Occurred;

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>Entity id of the place, or null.</summary>
    public string? PlaceId { get; init; }

    public TimeValue? Time { get; init; }

    /// <summary>The trigger word or phrase ("met", "summit", "will visit").</summary>
    public required string Trigger { get; init; }

    /// <summary>First evidence; more in <see cref="MoreEvidence"/> when mentions were merged.</summary>
    public required Evidence Evidence { get; init; }

    public IReadOnlyList<Evidence> MoreEvidence { get; init; } = [];
}
