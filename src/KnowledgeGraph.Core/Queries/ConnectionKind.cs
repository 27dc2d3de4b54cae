namespace KnowledgeGraph.Core.Queries;

/// <summary>What links two entities: an event they share or a quote that ties them (speaker, addressee, mentioned).</summary>
public enum ConnectionKind
{
    Event,
    Quote,
}
