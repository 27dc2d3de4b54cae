namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>One request as <see cref="FakeNeo4jServer"/> received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
