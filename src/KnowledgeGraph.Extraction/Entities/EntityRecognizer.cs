using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// First, simple recogniser: runs of capitalised words typed by the word before them
/// (a title for a person, "in/at/to" for a place) or by an organisation head word; a lone
/// surname resolves to the full name earlier in the article.
/// </summary>
public sealed partial class EntityRecognizer : IExtractionStage
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "President", "Prime", "Minister", "leader", "Leader", "Chancellor", "King", "Queen", "Secretary", "Director",
        "Governor", "Senator", "General", "Mayor", "Chairman", "Chief", "spokesman", "spokeswoman", "pollster",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationHeads = new[]
    {
        "Party", "Bank", "Council", "University", "Ministry", "Agency", "College", "Department", "Company", "Corp",
        "Inc", "Group", "Committee", "Commission", "Office", "Union", "Association", "Institute", "Court", "Kremlin",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "In", "On", "At", "After", "Before", "When", "As", "But", "And", "Amid", "Asked", "Ahead",
        "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "For", "With", "While", "If", "Most",
        "Both", "His", "Her", "Their", "Our", "Its", "There", "Some", "Many", "Four", "Two", "Three", "Experts", "Surveys",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "entities";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var people = new List<(string Name, string Id)>();
        foreach (var sentence in analysis.Sentences)
        {
            foreach (Match m in CapitalisedRun().Matches(text, sentence.Span.Start))
            {
                if (m.Index >= sentence.Span.End)
                {
                    break;
                }

                var (start, value) = StripLeadingStopWords(m.Index, m.Value);
                if (value.Length < 2 || m.Index + m.Length > sentence.Span.End)
                {
                    continue;
                }

                var span = new TextSpan(start, start + value.Length);
                var before = WordBefore(text, span.Start);
                var type = Classify(value, before, text, span.End);
                if (type is null)
                {
                    continue;
                }

                var name = value;
                if (type == EntityType.Person && !value.Contains(' ', StringComparison.Ordinal))
                {
                    var full = people.FirstOrDefault(p => p.Name.EndsWith(" " + value, StringComparison.Ordinal) || p.Name.StartsWith(value + " ", StringComparison.Ordinal));
                    if (full.Name is not null)
                    {
                        name = full.Name;
                    }
                }

                var id = StableId.ForEntity(type.Value, name);
                if (type == EntityType.Person && name == value)
                {
                    people.Add((name, id));
                }

                var mention = new Mention(analysis.Document.Id, span, value);
                analysis.Entities[id] = analysis.Entities.TryGetValue(id, out var e)
                    ? e with { Mentions = [.. e.Mentions, mention], Aliases = e.Aliases.Contains(value) || value == e.Name ? e.Aliases : [.. e.Aliases, value] }
                    : new Entity { Id = id, Type = type.Value, Name = name, Mentions = [mention], Aliases = value == name ? [] : [value] };
                analysis.Mentions.Add(new EntityMention(span, value, id, type.Value));
            }
        }

        analysis.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static (int Start, string Value) StripLeadingStopWords(int start, string value)
    {
        while (true)
        {
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? value : value[..space];
            if (!NotNames.Contains(first) && !Titles.Contains(first))
            {
                return (start, value);
            }

            if (space < 0)
            {
                return (start, "");
            }

            start += space + 1;
            value = value[(space + 1)..];
        }
    }

    private static EntityType? Classify(string value, string before, string text, int end)
    {
        var last = value[(value.LastIndexOf(' ') + 1)..];
        if (OrganisationHeads.Contains(last))
        {
            return EntityType.Organization;
        }

        if (Titles.Contains(before))
        {
            return EntityType.Person;
        }

        if (before is "in" or "at" or "to" or "from" or "near")
        {
            return EntityType.Location;
        }

        var after = text.AsSpan(end).TrimStart();
        if (after.StartsWith("said", StringComparison.Ordinal) || after.StartsWith("told", StringComparison.Ordinal) || after.StartsWith(", who", StringComparison.Ordinal))
        {
            return EntityType.Person;
        }

        return value.Contains(' ', StringComparison.Ordinal) ? EntityType.Other : null;
    }

    private static string WordBefore(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        var end = k + 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        return text[(k + 1)..end];
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\-]+)*")]
    private static partial Regex CapitalisedRun();
}
