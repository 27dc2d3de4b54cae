using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>An entity found as an argument of a trigger, with its role and the rule that found it.</summary>
internal sealed record FoundParticipant(string EntityId, ParticipantRole Role, string Rule);

/// <summary>The arguments of one trigger: who, where, and the clause they were read from.</summary>
internal sealed record FoundArguments(IReadOnlyList<FoundParticipant> Participants, string? PlaceId, int ClauseStart, int ClauseEnd);
