namespace KnowledgeGraph.Neo4j.Push;

/// <summary>How far a push has got: statements done out of the total, and what ran last.</summary>
public sealed record PushProgress(int Done, int Total, string Step);
