namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>The Neo4j property types the graph uses; each writer renders them its own way.</summary>
public enum PropertyType
{
    /// <summary>A .NET <see cref="string"/>.</summary>
    Text,

    /// <summary>A .NET <see cref="long"/>; Cypher INTEGER.</summary>
    Integer,

    /// <summary>A .NET <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>A .NET <see cref="DateOnly"/>; Cypher DATE.</summary>
    Date,

    /// <summary>An <see cref="IReadOnlyList{T}"/> of strings; Cypher LIST&lt;STRING&gt;.</summary>
    StringList,
}
