using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Neo4j.Schema;
using static KnowledgeGraph.Neo4j.Projection.PropertyType;

namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>
/// Turns the merged graph into node and relationship tables in the shape of graph-schema/model.md:
/// nodes first, then relationships, so every writer can create endpoints before edges.
/// Relationships whose endpoints are not in the graph are left out (a CSV import would fail on them).
/// </summary>
public static class GraphProjector
{
    private static readonly Column[] DocumentColumns =
    [
        NodeTable.IdColumn, new("title", Text), new("source", Text), new("url", Text),
        new("published", Date), new("published_source", Text), new("published_evidence", Text),
    ];

    private static readonly Column[] EntityColumns =
    [
        NodeTable.IdColumn, new("name", Text), new("type", Text), new("subtype", Text),
        new("aliases", StringList), new("attributes", StringList), new("title", Text), new("age", Integer),
        new("mention_count", Integer),
    ];

    private static readonly Column[] EventColumns =
    [
        NodeTable.IdColumn, new("type", Text), new("status", Text), new("trigger", Text),
        new("date", Date), new("date_start", Date), new("date_end", Date), new("date_precision", Text),
        new("timex", Text), new("time_text", Text), new("report_date", PropertyType.Boolean),
    ];

    private static readonly Column[] QuoteColumns =
    [
        NodeTable.IdColumn, new("text", Text), new("kind", Text), new("said_on", Date),
        new("timex", Text), new("time_text", Text), new("document", Text),
        new("start", Integer), new("end", Integer), new("sentence", Text),
    ];

    private static readonly Column[] Endpoints = [RelationshipTable.FromColumn, RelationshipTable.ToColumn];

    public static IReadOnlyList<GraphTable> Project(KnowledgeGraphModel graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var documents = graph.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        var tables = new List<GraphTable>
        {
            new NodeTable("documents", [NodeLabel.Document], DocumentColumns, [.. graph.Documents.Select(DocumentRow)]),
        };
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var label = Neo4jNames.LabelFor(type);
            var rows = graph.Entities.Where(e => e.Type == type).Select(EntityRow).ToList();
            tables.Add(new NodeTable("entities_" + Neo4jNames.Of(label).ToLowerInvariant(), [NodeLabel.Entity, label], EntityColumns, rows));
        }

        tables.Add(new NodeTable("events", [NodeLabel.Event], EventColumns, [.. graph.Events.Select(EventRow)]));
        tables.Add(new NodeTable("quotes", [NodeLabel.Quote], QuoteColumns, [.. graph.Quotes.Select(q => QuoteRow(q, documents))]));

        bool IsEntity(string? id) => id is not null && entities.ContainsKey(id);
        bool IsPerson(string id) => entities.TryGetValue(id, out var e) && e.Type == EntityType.Person;

        tables.Add(Relationships("participated_in", RelationshipType.ParticipatedIn, NodeLabel.Entity, NodeLabel.Event, [new("role", Text)], ["role"],
            graph.Events.SelectMany(e => e.Participants.Where(p => IsEntity(p.EntityId))
                .Select(p => Row(p.EntityId, e.Id, ContractNames.Of(p.Role))))));
        tables.Add(Relationships("took_place_in", RelationshipType.TookPlaceIn, NodeLabel.Event, NodeLabel.Entity, [], [],
            graph.Events.Where(e => IsEntity(e.PlaceId)).Select(e => Row(e.Id, e.PlaceId!))));
        tables.Add(Relationships("said", RelationshipType.Said, NodeLabel.Entity, NodeLabel.Quote, [], [],
            graph.Quotes.Where(q => IsEntity(q.SpeakerId)).Select(q => Row(q.SpeakerId!, q.Id))));
        tables.Add(Relationships("addressed_to", RelationshipType.AddressedTo, NodeLabel.Quote, NodeLabel.Entity, [], [],
            graph.Quotes.Where(q => IsEntity(q.AddresseeId)).Select(q => Row(q.Id, q.AddresseeId!))));
        tables.Add(Relationships("mentions", RelationshipType.Mentions, NodeLabel.Quote, NodeLabel.Entity, [], [],
            graph.Quotes.SelectMany(q => q.MentionIds.Where(IsEntity).Select(m => Row(q.Id, m)))));

        Column[] evidenceColumns = [new("start", Integer), new("end", Integer), new("sentence", Text)];
        tables.Add(Relationships("event_evidenced_by", RelationshipType.EvidencedBy, NodeLabel.Event, NodeLabel.Document, evidenceColumns, ["start", "end"],
            graph.Events.SelectMany(e => e.MoreEvidence.Prepend(e.Evidence).Where(x => documents.ContainsKey(x.DocumentId))
                .Select(x => Row(e.Id, x.DocumentId, (long)x.Span.Start, (long)x.Span.End, NullIfEmpty(x.Sentence))))));
        tables.Add(Relationships("quote_evidenced_by", RelationshipType.EvidencedBy, NodeLabel.Quote, NodeLabel.Document, evidenceColumns, ["start", "end"],
            graph.Quotes.Where(q => documents.ContainsKey(q.Evidence.DocumentId))
                .Select(q => Row(q.Id, q.Evidence.DocumentId, (long)q.Span.Start, (long)q.Span.End, NullIfEmpty(q.Evidence.Sentence)))));
        tables.Add(Relationships("mentioned_in", RelationshipType.MentionedIn, NodeLabel.Entity, NodeLabel.Document, [new("count", Integer)], [],
            graph.Entities.SelectMany(e => e.Mentions.Where(m => documents.ContainsKey(m.DocumentId))
                .GroupBy(m => m.DocumentId, StringComparer.Ordinal)
                .Select(g => Row(e.Id, g.Key, (long)g.Count())))));

        // Derived edges for browsing: "who met whom" without going through the Event node.
        tables.Add(Relationships("met", RelationshipType.Met, NodeLabel.Entity, NodeLabel.Entity, [new("event_id", Text), new("date", Date)], ["event_id"],
            graph.Events.Where(e => e.Type == EventType.Meeting && e.Status == EventStatus.Occurred).SelectMany(e => MetRows(e, IsPerson))));
        tables.Add(Relationships("visited", RelationshipType.Visited, NodeLabel.Entity, NodeLabel.Entity,
            [new("event_id", Text), new("date", Date), new("status", Text)], ["event_id"],
            graph.Events.Where(e => e.Type == EventType.Visit && IsEntity(e.PlaceId))
                .SelectMany(e => e.Participants
                    .Where(p => p.Role != ParticipantRole.Patient && IsPerson(p.EntityId) && p.EntityId != e.PlaceId)
                    .Select(p => Row(p.EntityId, e.PlaceId!, e.Id, EventDate(e.Time).Date ?? EventDate(e.Time).Start, ContractNames.Of(e.Status))))));

        return tables;
    }

    /// <summary>The day a time value names, if it names one; its half-open interval otherwise.</summary>
    public static (DateOnly? Date, DateOnly? Start, DateOnly? End) EventDate(TimeValue? time)
    {
        if (time?.Start is not { } start)
        {
            return (null, null, time?.End);
        }

        var isOneDay = time.End == start.AddDays(1) || (time.End is null && time.Precision == TimePrecision.Day);
        return (isOneDay ? start : null, start, time.End);
    }

    private static IEnumerable<object?[]> MetRows(Event e, Func<string, bool> isPerson)
    {
        var people = e.Participants.Select(p => p.EntityId).Where(isPerson).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (date, start, _) = EventDate(e.Time);
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                // One edge per pair and meeting, from the smaller id, so a re-run or the other order adds nothing.
                yield return Row(people[i], people[j], e.Id, date ?? start);
            }
        }
    }

    private static RelationshipTable Relationships(
        string name, RelationshipType type, NodeLabel from, NodeLabel to, Column[] properties, string[] keys, IEnumerable<object?[]> rows)
    {
        // Rows that agree on endpoints and keys are one relationship; the first wins, as MERGE would keep it.
        var keyIndexes = keys.Select(k => 2 + Array.FindIndex(properties, c => c.Name == k)).Prepend(1).Prepend(0).ToArray();
        var distinct = rows.DistinctBy(r => string.Join("\u001f", keyIndexes.Select(i => Convert.ToString(r[i], CultureInfo.InvariantCulture))), StringComparer.Ordinal).ToList();
        return new RelationshipTable(name, type, from, to, [.. Endpoints, .. properties], keys, distinct);
    }

    private static object?[] Row(params object?[] values) => values;

    private static object?[] DocumentRow(Document d) =>
        Row(d.Id, NullIfEmpty(d.Title), NullIfEmpty(d.Source), NullIfEmpty(d.Url), d.Published, ContractNames.Of(d.PublishedSource), NullIfEmpty(d.PublishedEvidence));

    private static object?[] EntityRow(Entity e)
    {
        var attributes = e.Attributes.Select(a => $"{a.Name}: {a.Value}").Distinct(StringComparer.Ordinal).ToList();
        var title = e.Attributes.FirstOrDefault(a => a.Name == "title")?.Value;
        long? age = e.Attributes.Where(a => a.Name == "age")
            .Select(a => long.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null)
            .FirstOrDefault(n => n is not null);
        var mentionCount = (long)e.Mentions.Count;
        return Row(e.Id, e.Name, ContractNames.Of(e.Type), NullIfEmpty(e.Subtype), ListOrNull(e.Aliases), ListOrNull(attributes), NullIfEmpty(title), age, mentionCount);
    }

    private static object?[] EventRow(Event e)
    {
        var (date, start, end) = EventDate(e.Time);
        var precision = e.Time is null ? null : ContractNames.Of(e.Time.Precision);
        return Row(e.Id, ContractNames.Of(e.Type), ContractNames.Of(e.Status), NullIfEmpty(e.Trigger), date, start, end, precision,
            NullIfEmpty(e.Time?.Value), NullIfEmpty(e.Time?.Text), e.Time?.IsReportDate);
    }

    private static object?[] QuoteRow(Quote q, Dictionary<string, Document> documents)
    {
        // A quote with no day of its own was said, at the latest, on the day it was published.
        var saidOn = EventDate(q.Time).Date
            ?? (documents.TryGetValue(q.Evidence.DocumentId, out var d) ? d.Published : null);
        return Row(q.Id, q.Text, ContractNames.Of(q.Kind), saidOn, NullIfEmpty(q.Time?.Value), NullIfEmpty(q.Time?.Text),
            q.Evidence.DocumentId, (long)q.Span.Start, (long)q.Span.End, NullIfEmpty(q.Evidence.Sentence));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    // An empty list is no property at all, as an empty CSV field is for neo4j-admin import.
    private static List<string>? ListOrNull(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
