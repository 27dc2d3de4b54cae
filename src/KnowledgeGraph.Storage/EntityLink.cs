using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>One row of adjacency: <see cref="Other"/> is tied to the asked entity by this event or quote.</summary>
internal readonly record struct EntityLink(string Other, ConnectionKind Kind, string ConnectionId, string Label, DateOnly? Date);
