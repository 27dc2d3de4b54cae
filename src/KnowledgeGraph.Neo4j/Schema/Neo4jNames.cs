using KnowledgeGraph.Core;

namespace KnowledgeGraph.Neo4j.Schema;

/// <summary>
/// The one place where labels and relationship types become Cypher identifiers: they come from
/// the closed enums, never from data, so no identifier in a statement is ever user text.
/// </summary>
public static class Neo4jNames
{
    public static string Of(NodeLabel label) => label switch
    {
        NodeLabel.Document => "Document",
        NodeLabel.Entity => "Entity",
        NodeLabel.Person => "Person",
        NodeLabel.Organization => "Organization",
        NodeLabel.Location => "Location",
        NodeLabel.Other => "Other",
        NodeLabel.Event => "Event",
        NodeLabel.Quote => "Quote",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static string Of(RelationshipType type) => type switch
    {
        RelationshipType.ParticipatedIn => "PARTICIPATED_IN",
        RelationshipType.TookPlaceIn => "TOOK_PLACE_IN",
        RelationshipType.Said => "SAID",
        RelationshipType.AddressedTo => "ADDRESSED_TO",
        RelationshipType.Mentions => "MENTIONS",
        RelationshipType.EvidencedBy => "EVIDENCED_BY",
        RelationshipType.MentionedIn => "MENTIONED_IN",
        RelationshipType.Met => "MET",
        RelationshipType.Visited => "VISITED",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The second label an entity node carries besides <see cref="NodeLabel.Entity"/>.</summary>
    public static NodeLabel LabelFor(EntityType type) => type switch
    {
        EntityType.Person => NodeLabel.Person,
        EntityType.Organization => NodeLabel.Organization,
        EntityType.Location => NodeLabel.Location,
        EntityType.Other => NodeLabel.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
