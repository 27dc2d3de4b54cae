namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>What <see cref="FakeNeo4jServer"/> answers to one request.</summary>
public sealed record FakeResponse(int Status, string Body, int? RetryAfterSeconds = null);
