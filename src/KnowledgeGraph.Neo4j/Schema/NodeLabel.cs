namespace KnowledgeGraph.Neo4j.Schema;

/// <summary>The closed list of node labels the program writes; see graph-schema/model.md.</summary>
public enum NodeLabel
{
    Document,
    Entity,
    Person,
    Organization,
    Location,
    Other,
    Event,
    Quote,
}
