using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// A date range without an entity is read per event length (<c>TimelineRange</c>); these cases
/// check it against a brute-force overlap test over events of many lengths, including ones that
/// start long before --from and still overlap it.
/// </summary>
public sealed class TimelineRangeTests : IDisposable
{
    // (start, end exclusive or null, precision): a day, a week, a month, a year, a decade, an open start.
    private static readonly (string Start, string? End, TimePrecision Precision)[] Times =
    [
        ("2021-06-14", "2021-06-15", TimePrecision.Day),
        ("2021-06-30", "2021-07-01", TimePrecision.Day),
        ("2021-07-01", "2021-07-02", TimePrecision.Day),
        ("2021-06-28", "2021-07-05", TimePrecision.Week),
        ("2021-05-01", "2021-06-01", TimePrecision.Month),
        ("2021-06-01", "2021-07-01", TimePrecision.Month),
        ("2021-01-01", "2022-01-01", TimePrecision.Year),
        ("2020-01-01", "2021-01-01", TimePrecision.Year),
        ("2011-01-01", "2021-06-20", TimePrecision.Year),
        ("2021-06-20", null, TimePrecision.Day),
        ("2021-07-01", null, TimePrecision.Day),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("kg-range-").FullName;
    private readonly SqliteGraphStore _store;
    private readonly List<Event> _events;

    public TimelineRangeTests()
    {
        (var extraction, _events) = Article();
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write([extraction]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("2021-07-01", "2021-07-31", null)]
    [InlineData("2021-06-15", "2021-06-15", null)]
    [InlineData("2021-06-19", null, null)]
    [InlineData("2021-06-20", "2021-06-30", null)]
    [InlineData("2021-12-31", "2022-03-01", null)]
    [InlineData("2021-06-21", null, null)]
    [InlineData("1990-01-01", "2030-01-01", 3)]
    [InlineData("2021-06-01", "2021-06-30", 4)]
    public void A_date_range_lists_exactly_the_events_whose_days_overlap_it_in_date_order(string from, string? to, int? limit)
    {
        var query = new TimelineQuery(From: Day(from), To: to is null ? null : Day(to), Limit: limit);

        var got = _store.Timeline(query).Select(e => e.EventId).ToList();

        Assert.Equal(BruteForce(query), got);
        Assert.NotEmpty(got);
    }

    [Fact]
    public void An_event_of_many_years_that_started_before_the_range_still_appears()
    {
        var decade = _events.Single(e => e.Time!.Start == Day("2011-01-01")).Id;

        var got = _store.Timeline(new TimelineQuery(From: Day("2021-03-01"), To: Day("2021-03-31"))).Select(e => e.EventId);

        Assert.Contains(decade, got);
    }

    [Fact]
    public void A_range_with_a_type_filter_keeps_only_that_type()
    {
        var query = new TimelineQuery(From: Day("2021-01-01"), To: Day("2021-12-31"), Types: [EventType.Visit]);

        var got = _store.Timeline(query).Select(e => e.EventId).ToList();

        Assert.Equal(BruteForce(query), got);
        Assert.All(_store.Timeline(query), e => Assert.Equal(EventType.Visit, e.Type));
    }

    private List<string> BruteForce(TimelineQuery query) =>
    [
        .. _events
            .Where(e => e.Time?.Start is { } start
                && (e.Time.End ?? start) > query.From
                && (query.To is not { } to || start <= to)
                && (query.Types is not { Count: > 0 } types || types.Contains(e.Type)))
            .OrderBy(e => e.Time!.Start).ThenBy(e => e.Time!.End ?? DateOnly.MinValue).ThenBy(e => _events.IndexOf(e))
            .Take(query.Limit ?? int.MaxValue)
            .Select(e => e.Id),
    ];

    private static (DocumentExtraction, List<Event>) Article()
    {
        var lines = Times.Select((t, i) => $"Delegation {i} travelled to the port on {t.Start}.").ToList();
        var text = "Port Diary\n\n" + string.Join(" ", lines);
        var doc = new Document { Id = "doc-port-diary", Text = text, Title = "Port Diary", Source = "diary.txt", Published = Day("2022-02-01"), PublishedSource = PublishedSource.Metadata };
        var entities = new List<Entity>();
        var events = new List<Event>();
        for (var i = 0; i < Times.Length; i++)
        {
            var (start, end, precision) = Times[i];
            var sentence = lines[i];
            var sentenceStart = text.IndexOf(sentence, StringComparison.Ordinal);
            var name = "Delegation " + i.ToString(CultureInfo.InvariantCulture);
            var nameSpan = new TextSpan(sentenceStart, sentenceStart + name.Length);
            var entity = new Entity { Id = StableId.ForEntity(EntityType.Organization, name), Type = EntityType.Organization, Name = name, Mentions = [new Mention(doc.Id, nameSpan, name)] };
            var dateStart = sentenceStart + sentence.IndexOf(start, StringComparison.Ordinal);
            var time = new TimeValue
            {
                DocumentId = doc.Id,
                Text = start,
                Value = start,
                Type = TimexType.Date,
                Span = new TextSpan(dateStart, dateStart + start.Length),
                Start = Day(start),
                End = end is null ? null : Day(end),
                Precision = precision,
                Rule = "test",
            };
            var triggerStart = sentenceStart + sentence.IndexOf("travelled", StringComparison.Ordinal);
            entities.Add(entity);
            events.Add(new Event
            {
                Id = StableId.ForEvent(i % 3 == 0 ? EventType.Visit : EventType.Meeting, [entity.Id], null, start + "/" + end),
                Type = i % 3 == 0 ? EventType.Visit : EventType.Meeting,
                Participants = [new Participant(entity.Id, ParticipantRole.Agent)],
                Time = time,
                Trigger = "travelled",
                Evidence = new Evidence(doc.Id, new TextSpan(triggerStart, triggerStart + 9), new TextSpan(sentenceStart, sentenceStart + sentence.Length), sentence, "test-rule"),
            });
        }

        return (new DocumentExtraction { Document = doc, Entities = entities, Events = events }, events);
    }

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
