using System.Collections.Frozen;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The event types of graph-schema/event-types.json (embedded in this assembly), with every trigger
/// form expanded and indexed by its first word. Built once per process; immutable afterwards.
/// </summary>
internal sealed class EventTypeCatalog
{
    public const string ResourceName = "KnowledgeGraph.Extraction.Events.event-types.json";

    private static readonly Lazy<EventTypeCatalog> Embedded = new(LoadEmbedded);

    private EventTypeCatalog(IReadOnlyList<EventTypeDefinition> definitions)
    {
        Definitions = definitions;
        ByFirstWord = definitions.SelectMany(d => d.Triggers)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TriggerPattern>)[.. g.OrderByDescending(p => p.Weight)], StringComparer.Ordinal);
    }

    public static EventTypeCatalog Default => Embedded.Value;

    public IReadOnlyList<EventTypeDefinition> Definitions { get; }

    /// <summary>Trigger patterns keyed by their first word, longest first.</summary>
    public FrozenDictionary<string, IReadOnlyList<TriggerPattern>> ByFirstWord { get; }

    public static EventTypeCatalog Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var irregular = root.GetProperty("irregular_verbs").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(v => v.GetString()!)], StringComparer.Ordinal);
        var sets = root.GetProperty("word_sets").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var definitions = new List<EventTypeDefinition>();
        foreach (var t in root.GetProperty("types").EnumerateArray())
        {
            var type = ContractNames.ParseEventType(t.GetProperty("type").GetString()!);
            var triggers = t.GetProperty("triggers").EnumerateArray().SelectMany(x => Expand(type, x, irregular, sets)).ToList();
            definitions.Add(new EventTypeDefinition(type, StringOrNull(t, "cameo"), StringOrNull(t, "cameo_name"), t.GetProperty("note").GetString() ?? "", triggers));
        }

        return new EventTypeCatalog(definitions);
    }

    private static IEnumerable<TriggerPattern> Expand(
        EventType type, JsonElement trigger, Dictionary<string, IReadOnlyList<string>> irregular, Dictionary<string, FrozenSet<string>> sets)
    {
        var needsAfter = SetOrNull(trigger, "needs_after", sets);
        var rejectsAfter = SetOrNull(trigger, "rejects_after", sets);
        var rejectsNext = SetOrNull(trigger, "rejects_next", sets);
        var rejectsBefore = SetOrNull(trigger, "rejects_before", sets);
        if (trigger.TryGetProperty("noun", out var noun))
        {
            var phrase = noun.GetString()!;
            yield return new TriggerPattern(type, phrase.Split(' '), true, phrase, needsAfter, rejectsAfter, rejectsNext, rejectsBefore);
            yield break;
        }

        var lemma = trigger.GetProperty("verb").GetString()!;
        var words = lemma.Split(' ');
        var forms = trigger.TryGetProperty("forms", out var explicitForms)
            ? explicitForms.EnumerateArray().Select(f => f.GetString()!)
            : VerbInflector.Forms(words[0], irregular.TryGetValue(words[0], out var irr) ? irr : []);
        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            yield return new TriggerPattern(type, [form, .. words[1..]], false, lemma, needsAfter, rejectsAfter, rejectsNext, rejectsBefore);
        }
    }

    private static FrozenSet<string>? SetOrNull(JsonElement e, string name, Dictionary<string, FrozenSet<string>> sets)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        var key = v.GetString()!;
        return sets.TryGetValue(key, out var set) ? set : throw new InvalidDataException($"event-types.json: unknown word set '{key}'");
    }

    private static string? StringOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static EventTypeCatalog LoadEmbedded()
    {
        using var stream = typeof(EventTypeCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
