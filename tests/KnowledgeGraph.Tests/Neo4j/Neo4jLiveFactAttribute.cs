namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>A fact that talks to a real Neo4j: runs when NEO4J_URI (http://host:7474) is set, reported as skipped otherwise.</summary>
public sealed class Neo4jLiveFactAttribute : FactAttribute
{
    public Neo4jLiveFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set (with NEO4J_USER and NEO4J_PASSWORD); no live Neo4j to push to";
        }
    }
}
