using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>The entity a noun phrase next to a speech verb names, and where that phrase is.</summary>
internal sealed record SpeakerMatch(string EntityId, EntityType Type, TextSpan Span);
