using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One entity of a document while its mentions are gathered: aliases and attributes kept distinct, in order of first sight.</summary>
internal sealed class EntityParts
{
    private readonly List<string> _aliases = [];
    private readonly HashSet<string> _aliasSet = new(StringComparer.Ordinal);
    private readonly List<AttributeValue> _attributes = [];
    private readonly HashSet<(string, string)> _attributeKeys = [];

    public EntityParts(string id, EntityType type, string name, string? subtype)
    {
        Id = id;
        Type = type;
        Name = name;
        Subtype = subtype;
    }

    public EntityParts(Entity known)
        : this(known.Id, known.Type, known.Name, known.Subtype)
    {
        foreach (var alias in known.Aliases)
        {
            AddAlias(alias);
        }

        foreach (var a in known.Attributes)
        {
            AddAttribute(a);
        }

        Mentions.AddRange(known.Mentions);
    }

    public string Id { get; }

    public EntityType Type { get; }

    public string Name { get; }

    public string? Subtype { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Another surface form; the canonical name itself is no alias.</summary>
    public void AddAlias(string alias)
    {
        if (alias != Name && _aliasSet.Add(alias))
        {
            _aliases.Add(alias);
        }
    }

    public void AddAttribute(AttributeValue a)
    {
        if (_attributeKeys.Add((a.Name, a.Value)))
        {
            _attributes.Add(a);
        }
    }

    public Entity Build() => new()
    {
        Id = Id,
        Type = Type,
        Subtype = Subtype,
        Name = Name,
        Aliases = [.. _aliases],
        Attributes = [.. _attributes],
        Mentions = [.. Mentions],
    };
}
