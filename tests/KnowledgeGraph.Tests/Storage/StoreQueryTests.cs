using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

public sealed class StoreQueryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-query-").FullName;
    private readonly SqliteGraphStore _store;

    public StoreQueryTests()
    {
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write([StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest(), StoreFixtures.HarbourTalks()]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(null, null, null, "Meeting,Visit,Oppose")]
    [InlineData("okafor", null, null, "Meeting,Visit,Oppose")]
    [InlineData("ADA LINDQVIST", null, null, "Meeting")]
    [InlineData("Lindqvist", null, null, "Meeting")]
    [InlineData("bergen", null, null, "Visit")]
    [InlineData("Nobody Known", null, null, "")]
    [InlineData(null, "2024-03-06", null, "Visit")]
    [InlineData(null, "2024-03-05", "2024-03-05", "Meeting")]
    [InlineData(null, null, "2024-04-01", "Meeting")]
    public void Timeline_orders_events_by_date_and_filters_by_entity_and_dates(string? entity, string? from, string? to, string expected)
    {
        var entries = _store.Timeline(new TimelineQuery(entity, Date(from), Date(to)));

        Assert.Equal(expected, string.Join(",", entries.Select(e => e.Type)));
    }

    [Fact]
    public void A_timeline_entry_names_participants_place_and_evidence()
    {
        var meeting = _store.Timeline(new TimelineQuery("Oslo")).Single();

        Assert.Equal(["Ada Lindqvist", "Tomas Okafor"], meeting.Participants);
        Assert.Equal("Oslo", meeting.Place);
        Assert.Equal("Ada Lindqvist met Tomas Okafor in Oslo on Tuesday.", meeting.Sentence);
        Assert.Equal("Harbour Talks", meeting.DocumentTitle);
        Assert.Equal("2024-03-05", meeting.Time!.Value);
    }

    [Theory]
    [InlineData("Lindqvist", null, null, null, 2)]
    [InlineData("ada", null, null, null, 2)]
    [InlineData("Okafor", null, null, null, 0)]
    [InlineData(null, "Okafor", null, null, 1)]
    [InlineData(null, null, "Tomas Okafor", null, 1)]
    [InlineData(null, null, "harbours", null, 1)]
    [InlineData(null, null, null, "open harbour", 1)]
    [InlineData(null, null, null, "harbour", 1)]
    [InlineData(null, null, null, "\"; DROP TABLE quotes; --", 1)]
    [InlineData(null, null, null, "submarine", 0)]
    [InlineData("Lindqvist", null, null, "agreed", 1)]
    public void Quotes_filter_by_speaker_addressee_about_and_words(string? speaker, string? addressee, string? about, string? text, int expected)
    {
        var hits = _store.Quotes(new QuoteQuery(speaker, addressee, about, text));

        Assert.Equal(expected, hits.Count);
        Assert.All(hits, h => Assert.Equal("Ada Lindqvist", h.Speaker));
    }

    [Fact]
    public void Quotes_are_dated_by_their_article_when_they_have_no_time_and_filter_by_date()
    {
        var all = _store.Quotes(new QuoteQuery());
        var april = _store.Quotes(new QuoteQuery(From: new DateOnly(2024, 4, 1)));

        Assert.Equal([new DateOnly(2024, 3, 5), new DateOnly(2024, 4, 17)], all.Select(q => q.Date));
        Assert.Equal(QuoteKind.Direct, Assert.Single(april).Kind);
        Assert.Equal("doc-bergen", april[0].DocumentId);
    }

    [Theory]
    [InlineData("old friend", "\"old\" \"friend\"")]
    [InlineData("\"; DROP --", "\"DROP\"")]
    [InlineData("  -- ", null)]
    public void User_words_become_quoted_fts_tokens(string words, string? expected)
    {
        Assert.Equal(expected, StoreQueries.FtsWords(words));
    }

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
