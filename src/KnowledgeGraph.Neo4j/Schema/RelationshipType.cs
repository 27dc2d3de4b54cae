namespace KnowledgeGraph.Neo4j.Schema;

/// <summary>The closed list of relationship types the program writes; see graph-schema/model.md.</summary>
public enum RelationshipType
{
    ParticipatedIn,
    TookPlaceIn,
    Said,
    AddressedTo,
    Mentions,
    EvidencedBy,
    MentionedIn,
    Met,
    Visited,
}
