using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>One entry of graph-schema/event-types.json: the type, its CAMEO root code (null when CAMEO has none) and why.</summary>
internal sealed record EventTypeDefinition(EventType Type, string? CameoRoot, string? CameoName, string Note, IReadOnlyList<TriggerPattern> Triggers);
