using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The recogniser's world knowledge, read once from the data files embedded in this assembly
/// (<c>Entities/Data</c>): countries with aliases and demonyms, places, organisations, party
/// families, titles, given names, cue words. Immutable and shared by every document.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(() => Parse(GazetteerFiles.ReadEmbedded));

    private Gazetteer(GazetteerBuilder b)
    {
        Names = b.Names.ToFrozenDictionary(StringComparer.Ordinal);
        NamesBySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameTokens = b.Names.Keys.Max(k => k.Split(' ').Length);
        FirstWords = b.Names.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        PartyStandalone = b.PartyStandalone.ToFrozenDictionary(StringComparer.Ordinal);
        PartyAdjectives = b.PartyAdjectives.ToFrozenDictionary(StringComparer.Ordinal);
        Titles = b.Titles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        NamedThingHeads = b.NamedThingHeads.ToFrozenDictionary(StringComparer.Ordinal);
        NamedThingLeads = b.NamedThingLeads.ToFrozenDictionary(StringComparer.Ordinal);
        PartyFamilies = b.PartyFamilies.ToFrozenSet(StringComparer.Ordinal);
        Cues = b.Cues.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal));
        GivenNames = b.GivenNames.ToFrozenSet(StringComparer.Ordinal);
        FamilyNameFirst = b.FamilyNameFirst.ToFrozenSet(StringComparer.Ordinal);
        CommonWords = b.CommonWords.ToFrozenSet(StringComparer.Ordinal);
        Conflicts = [.. b.Conflicts];
    }

    /// <summary>The gazetteer read from the embedded data files, built on first use.</summary>
    public static Gazetteer Default => Loaded.Value;

    /// <summary>Surface form ("U.S.", "North Korean", "Kremlin") to what it names.</summary>
    public FrozenDictionary<string, GazetteerEntry> Names { get; }

    /// <summary><see cref="Names"/> looked up by a slice of the text, without a string.</summary>
    public FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan { get; }

    public int MaxNameTokens { get; }

    /// <summary>First words of the names, to reject most words with one look-up.</summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>Forms that name a party on their own: "Liberals", "Tories" -> canonical party name.</summary>
    public FrozenDictionary<string, string> PartyStandalone { get; }

    /// <summary>Forms that name a party only before a party word: "Liberal leader", "Tory leader".</summary>
    public FrozenDictionary<string, string> PartyAdjectives { get; }

    /// <summary>Last words of names of wars, treaties, laws, games, prizes ("Cold War", "Kyoto Protocol") to their subtype.</summary>
    public FrozenDictionary<string, string> NamedThingHeads { get; }

    /// <summary>First words of "X of Y" names of such things ("Treaty of Rome", "Battle of Hastings") to their subtype.</summary>
    public FrozenDictionary<string, string> NamedThingLeads { get; }

    /// <summary>Canonical names of the party families of parties.tsv: many countries have a "Liberal Party".</summary>
    public FrozenSet<string> PartyFamilies { get; }

    /// <summary>Title and role words, case-insensitive.</summary>
    public FrozenDictionary<string, TitleKind> Titles { get; }

    public FrozenDictionary<CueKind, FrozenSet<string>> Cues { get; }

    public FrozenSet<string> GivenNames { get; }

    public FrozenSet<string> FamilyNameFirst { get; }

    /// <summary>Capitalised words that are not names on their own ("Amid", "Asked", "Wednesday").</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Entries that contradict one another (the same name with two meanings); empty for good data.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    public bool Is(CueKind kind, string word) => Cues.TryGetValue(kind, out var set) && set.Contains(word);

    /// <summary>The kind of a title word; "Vice-Chairman" and "Deputy-Governor" are the head after the hyphen.</summary>
    public TitleKind? TitleOf(string word)
    {
        if (Titles.TryGetValue(word, out var kind))
        {
            return kind;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && Titles.TryGetValue(word[..hyphen], out var first) && first is TitleKind.Modifier or TitleKind.Head
            && Titles.TryGetValue(word[(hyphen + 1)..], out var head) && head == TitleKind.Head
            ? TitleKind.Head
            : null;
    }

    /// <summary>Parses the data files; <paramref name="read"/> maps a file name ("countries.tsv") to its text.</summary>
    internal static Gazetteer Parse(Func<string, string> read)
    {
        var b = new GazetteerBuilder();
        foreach (var row in GazetteerFiles.Rows(read("countries.tsv")))
        {
            var names = row[0].Split('|');
            foreach (var name in names)
            {
                b.AddName(name, new GazetteerEntry(names[0], EntityType.Location, "Country"));
            }

            foreach (var demonym in row.Length > 1 ? row[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                b.AddName(demonym, new GazetteerEntry(names[0], EntityType.Location, "Country", IsDemonym: true));
            }
        }

        foreach (var row in GazetteerFiles.Rows(read("places.tsv")))
        {
            var names = row[0].Split('|');
            foreach (var name in names)
            {
                b.AddName(name, new GazetteerEntry(names[0], EntityType.Location, row[1]));
            }
        }

        foreach (var row in GazetteerFiles.Rows(read("organizations.tsv")))
        {
            var names = row[0].Split('|');
            foreach (var name in names)
            {
                b.AddName(name, new GazetteerEntry(names[0], EntityType.Organization, row[1]));
            }
        }

        foreach (var row in GazetteerFiles.Rows(read("parties.tsv")))
        {
            b.PartyFamilies.Add(row[0]);
            foreach (var form in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                b.Add(b.PartyStandalone, form, row[0], "party");
            }

            foreach (var form in row.Length > 2 ? row[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                b.Add(b.PartyAdjectives, form, row[0], "party adjective");
            }
        }

        foreach (var row in GazetteerFiles.Rows(read("named-things.tsv")))
        {
            if (row[0].EndsWith(" of", StringComparison.Ordinal))
            {
                b.Add(b.NamedThingLeads, row[0][..^3], row[1], "named-thing lead");
            }
            else
            {
                b.Add(b.NamedThingHeads, row[0], row[1], "named-thing head");
            }
        }

        foreach (var row in GazetteerFiles.Rows(read("titles.tsv")))
        {
            b.Add(b.Titles, row[0], Enum.Parse<TitleKind>(row[1], ignoreCase: true), "title");
        }

        foreach (var row in GazetteerFiles.Rows(read("cue-words.tsv")))
        {
            var kind = GazetteerFiles.ParseCueKind(row[1]);
            var word = row[0].EndsWith(" of", StringComparison.Ordinal) ? row[0][..^3] : row[0];
            if (!b.Cues.TryGetValue(kind, out var set))
            {
                b.Cues[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            if (!set.Add(word))
            {
                b.Conflicts.Add($"cue word '{word}' listed twice as {kind}");
            }
        }

        b.GivenNames.UnionWith(GazetteerFiles.Words(read("given-names.txt")));
        b.FamilyNameFirst.UnionWith(GazetteerFiles.Words(read("family-name-first.txt")));
        b.CommonWords.UnionWith(GazetteerFiles.Words(read("common-words.txt")));
        return new Gazetteer(b);
    }
}
