using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class EventTypeCatalogTests
{
    [Fact]
    public void The_schema_file_lists_exactly_the_event_types_of_the_enum_in_order()
    {
        var path = Path.Combine(SharedData.RepoRoot, "graph-schema", "event-types.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var inFile = json.RootElement.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
        Assert.Equal(Enum.GetNames<EventType>(), inFile);
    }

    [Fact]
    public void The_embedded_catalog_defines_every_type_with_triggers_a_note_and_a_two_digit_cameo_root_or_none()
    {
        var catalog = EventTypeCatalog.Default;
        Assert.Equal(Enum.GetValues<EventType>(), catalog.Definitions.Select(d => d.Type));
        Assert.All(catalog.Definitions, d =>
        {
            Assert.NotEmpty(d.Triggers);
            Assert.False(string.IsNullOrWhiteSpace(d.Note));
            Assert.True(d.CameoRoot is null || (d.CameoRoot.Length == 2 && d.CameoRoot.All(char.IsDigit)), d.CameoRoot);
        });
    }

    [Theory]
    [InlineData(EventType.Meeting, "met")]
    [InlineData(EventType.Meeting, "held talks")]
    [InlineData(EventType.Visit, "visited")]
    [InlineData(EventType.Visit, "arriving")]
    [InlineData(EventType.Deny, "denies")]
    [InlineData(EventType.Deny, "denied")]
    [InlineData(EventType.Resignation, "stepped down")]
    [InlineData(EventType.Resignation, "resigning")]
    [InlineData(EventType.Death, "dying")]
    [InlineData(EventType.Appointment, "became")]
    [InlineData(EventType.Attack, "shelled")]
    [InlineData(EventType.Sanction, "imposes sanctions")]
    public void Verb_triggers_are_expanded_to_their_inflected_forms(EventType type, string form)
    {
        var words = form.Split(' ');
        var patterns = EventTypeCatalog.Default.ByFirstWord[words[0]];
        Assert.Contains(patterns, p => p.Type == type && p.Words.SequenceEqual(words));
    }

    [Theory]
    [InlineData("shells")]
    [InlineData("stepping")]
    public void Forms_the_list_does_not_allow_are_not_triggers_of_that_verb(string form)
    {
        var patterns = EventTypeCatalog.Default.ByFirstWord.GetValueOrDefault(form) ?? [];
        Assert.DoesNotContain(patterns, p => p.Words.Count == 1 && !p.IsNoun);
    }

    [Theory]
    [InlineData(EventType.Meeting)]
    [InlineData(EventType.Visit)]
    public void The_hosted_tour_rule_reads_a_trigger_the_list_really_has(EventType type)
    {
        var definition = EventTypeCatalog.Default.Definitions.Single(d => d.Type == type);
        Assert.Contains(definition.Triggers, p => p.Lemma == HostedTourArguments.Lemma);
    }

    [Fact]
    public void An_unknown_word_set_in_the_list_is_an_error()
    {
        const string json = """
            { "irregular_verbs": {}, "word_sets": {}, "types": [
              { "type": "Launch", "cameo": "15", "note": "n", "triggers": [ { "verb": "launch", "needs_after": "nope" } ] } ] }
            """;
        Assert.Throws<InvalidDataException>(() => EventTypeCatalog.Parse(json));
    }
}
