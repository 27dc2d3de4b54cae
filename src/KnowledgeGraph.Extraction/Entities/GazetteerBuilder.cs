namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The mutable tables a <see cref="Gazetteer"/> is frozen from, and the conflicts met while filling them.</summary>
internal sealed class GazetteerBuilder
{
    public Dictionary<string, GazetteerEntry> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PartyStandalone { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PartyAdjectives { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NamedThingHeads { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NamedThingLeads { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TitleKind> Titles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<CueKind, HashSet<string>> Cues { get; } = [];

    public HashSet<string> PartyFamilies { get; } = new(StringComparer.Ordinal);

    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FamilyNameFirst { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    public List<string> Conflicts { get; } = [];

    public void AddName(string name, GazetteerEntry entry) => Add(Names, name.Trim(), entry, "name");

    // The same key twice is fine when it means the same thing; a second meaning is a data error.
    public void Add<T>(Dictionary<string, T> table, string key, T value, string what)
    {
        if (table.TryGetValue(key, out var known) && !EqualityComparer<T>.Default.Equals(known, value))
        {
            Conflicts.Add($"{what} '{key}': {known} and {value}");
            return;
        }

        table[key] = value;
    }
}
