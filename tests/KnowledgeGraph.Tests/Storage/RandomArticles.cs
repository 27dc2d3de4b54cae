using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// Seeded, hand-built extractions over a dozen entities: events drawn from a small pool (so articles
/// share them), with or without a place and a date; quotes with a speaker, maybe an addressee and
/// mentions (sometimes the speaker or addressee again), dated by themselves or by their article, or
/// not at all. <see cref="Revision"/> gives an article the same id with another text and other facts.
/// </summary>
internal sealed class RandomArticles(int seed)
{
    private const int EntityCount = 12;
    private static readonly EventType[] Types = [EventType.Meeting, EventType.Visit, EventType.Appeal, EventType.Agreement];

    private readonly Random _random = new(seed);
    private readonly List<(EventType Type, string[] Participants, string? Place, DateOnly? Date)> _pool = [];

    public static string EntityId(int i) => StableId.ForEntity(i % 4 == 3 ? EntityType.Location : EntityType.Person, Name(i));

    public DocumentExtraction Article(int n) => Revision(n, 0);

    public DocumentExtraction Revision(int n, int revision)
    {
        var id = "doc-" + n.ToString(CultureInfo.InvariantCulture);
        var text = $"Article {n}, revision {revision}: {string.Join(' ', Enumerable.Range(0, EntityCount).Select(Name))}.";
        DateOnly? published = _random.Next(5) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(_random.Next(60));
        var doc = new Document { Id = id, Text = text, Source = "random.txt", Published = published, PublishedSource = PublishedSource.Metadata };
        var events = Enumerable.Range(0, _random.Next(4)).Select(_ => PoolEvent(doc)).DistinctBy(e => e.Id).ToList();
        var quotes = Enumerable.Range(0, _random.Next(3)).Select(k => NewQuote(doc, k)).ToList();
        var entities = Enumerable.Range(0, EntityCount).Select(i => new Entity
        {
            Id = EntityId(i),
            Type = i % 4 == 3 ? EntityType.Location : EntityType.Person,
            Name = Name(i),
            Mentions = [new Mention(id, Find(text, Name(i)), Name(i))],
        }).ToList();
        return new DocumentExtraction { Document = doc, Entities = entities, Events = events, Quotes = quotes };
    }

    private Event PoolEvent(Document doc)
    {
        if (_pool.Count < 14 || _random.Next(3) == 0)
        {
            var people = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => EntityId(Person())).Distinct(StringComparer.Ordinal).ToArray();
            string? place = _random.Next(2) == 0 ? EntityId((_random.Next(3) * 4) + 3) : null;
            DateOnly? date = _random.Next(4) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(_random.Next(60));
            if (place is not null && _random.Next(5) == 0)
            {
                people = [.. people, place]; // a place that also takes part: one link, not two
            }

            _pool.Add((Types[_random.Next(Types.Length)], people, place, date));
        }

        var (type, participants, placeId, day) = _pool[_random.Next(_pool.Count)];
        var value = day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Event
        {
            Id = StableId.ForEvent(type, participants, placeId, value),
            Type = type,
            Participants = [.. participants.Select((p, k) => new Participant(p, k == 0 ? ParticipantRole.Agent : ParticipantRole.Participant))],
            PlaceId = placeId,
            Time = day is { } d ? Time(doc, d) : null,
            Trigger = "met",
            Evidence = new Evidence(doc.Id, new TextSpan(0, 7), new TextSpan(0, doc.Text.Length), doc.Text, "random"),
        };
    }

    private Quote NewQuote(Document doc, int k)
    {
        var speaker = EntityId(Person());
        string? addressee = _random.Next(2) == 0 ? EntityId(Person()) : null;
        var mentions = Enumerable.Range(0, _random.Next(3)).Select(_ => EntityId(_random.Next(EntityCount))).Append(_random.Next(6) == 0 ? speaker : null);
        var text = $"quote {k} of {doc.Id}";
        var span = new TextSpan(k, k + 1);
        return new Quote
        {
            Id = StableId.ForQuote(doc.Id, span, text + doc.Text),
            Kind = _random.Next(2) == 0 ? QuoteKind.Direct : QuoteKind.Indirect,
            Text = text,
            Span = span,
            SpeakerId = speaker,
            AddresseeId = addressee,
            MentionIds = [.. mentions.OfType<string>().Distinct(StringComparer.Ordinal)],
            Time = _random.Next(3) == 0 ? Time(doc, new DateOnly(2023, 6, 1).AddDays(_random.Next(300))) : null,
            Evidence = new Evidence(doc.Id, span, new TextSpan(0, doc.Text.Length), doc.Text, "random"),
        };
    }

    private int Person()
    {
        var i = _random.Next(EntityCount - 3);
        return i + (i / 3); // skips 3, 7, 11: the places
    }

    private static string Name(int i) => "Name" + (char)('A' + i);

    private static TextSpan Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static TimeValue Time(Document doc, DateOnly day) => new()
    {
        DocumentId = doc.Id,
        Text = "then",
        Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Type = TimexType.Date,
        Span = new TextSpan(0, 4),
        Start = day,
        End = day.AddDays(1),
        Precision = TimePrecision.Day,
        Rule = "random",
    };
}
