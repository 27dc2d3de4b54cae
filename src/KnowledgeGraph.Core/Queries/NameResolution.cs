namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// What a name the user typed stands for: no entity, exactly one, or several candidates (ambiguous).
/// The first rule that matches anything decides: entity id, canonical name, alias, then a whole word of a canonical name.
/// </summary>
public sealed record NameResolution(string Name, IReadOnlyList<NamedEntity> Matches, string MatchedBy)
{
    public bool IsFound => Matches.Count > 0;

    public bool IsAmbiguous => Matches.Count > 1;

    /// <summary>The one entity the name stands for; null when there is none or several.</summary>
    public NamedEntity? Entity => Matches.Count == 1 ? Matches[0] : null;
}
