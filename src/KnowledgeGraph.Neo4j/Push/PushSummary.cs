using KnowledgeGraph.Neo4j.Http;

namespace KnowledgeGraph.Neo4j.Push;

/// <summary>
/// The result of a push: what the server says it changed (a re-run shows zero nodes and
/// relationships created) next to how many rows were sent.
/// </summary>
public sealed record PushSummary(
    QueryCounters Counters, int Statements, int NodeRows, int RelationshipRows, int Retries, bool UsedTransactionalEndpoint);
