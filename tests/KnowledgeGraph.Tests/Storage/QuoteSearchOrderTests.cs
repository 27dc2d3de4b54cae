using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// A word search sorts only ids and dates and reads the shown quotes afterwards; these cases check
/// that a limited search still returns the earliest quotes (by their own date, else the article's),
/// in the same order as a brute-force sort, and that other filters still apply.
/// </summary>
public sealed class QuoteSearchOrderTests : IDisposable
{
    private const int Articles = 12;

    private readonly string _dir = Directory.CreateTempSubdirectory("kg-quote-order-").FullName;
    private SqliteGraphStore _store;
    private readonly List<(string Id, DateOnly Said, string Document, int Start, string Speaker, string Text)> _quotes = [];

    public QuoteSearchOrderTests()
    {
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write(Enumerable.Range(0, Articles).Select(Article).ToList());
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("ferry", null, null, 5)]
    [InlineData("ferry", null, null, null)]
    [InlineData("ferry timetable", null, null, 3)]
    [InlineData("ferry", "Harbour Master", null, 4)]
    [InlineData("ferry", null, "2023-05-01", 4)]
    [InlineData("bridge", null, null, 2)]
    public void A_word_search_with_a_limit_returns_the_earliest_matching_quotes_in_date_order(string words, string? speaker, string? from, int? limit)
    {
        var fromDate = from is null ? (DateOnly?)null : DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tokens = words.Split(' ');
        var expected = _quotes
            .Where(q => tokens.All(t => q.Text.Contains(t, StringComparison.Ordinal)))
            .Where(q => speaker is null || q.Speaker == speaker)
            .Where(q => fromDate is null || q.Said >= fromDate)
            .OrderBy(q => q.Said).ThenBy(q => q.Document, StringComparer.Ordinal).ThenBy(q => q.Start)
            .Take(limit ?? int.MaxValue)
            .Select(q => q.Id)
            .ToList();

        var hits = _store.Quotes(new QuoteQuery(Speaker: speaker, Text: words, From: fromDate, Limit: limit));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => h.QuoteId));
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Sentence)));
    }

    [Fact]
    public void Replacing_an_article_with_a_new_date_moves_its_quotes_in_a_search_without_duplicates()
    {
        var before = _store.Quotes(new QuoteQuery(Text: "ferry")).Count;
        var last = Article(Articles - 1);
        var moved = last with { Document = last.Document with { Published = new DateOnly(2019, 1, 15) } };

        var report = _store.Write([moved]);
        var hits = _store.Quotes(new QuoteQuery(Text: "ferry"));

        Assert.Equal(1, report.Replaced);
        Assert.Equal(before, hits.Count);
        Assert.All(hits.Take(2), h => Assert.Equal(last.Document.Id, h.DocumentId));
        Assert.True(hits[0].Date < new DateOnly(2019, 2, 1));
    }

    [Fact]
    public void A_store_written_before_the_search_keys_existed_gains_them_when_opened()
    {
        var expected = _store.Quotes(new QuoteQuery(Text: "ferry", Limit: 6)).Select(h => h.QuoteId).ToList();
        var path = Path.Combine(_dir, "kg.db");
        _store.Dispose();
        using (var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            raw.Open();
            using var drop = raw.CreateCommand();
            drop.CommandText = "DROP TABLE quote_keys";
            drop.ExecuteNonQuery();
        }

        _store = SqliteGraphStore.Open(path);

        Assert.Equal(expected, _store.Quotes(new QuoteQuery(Text: "ferry", Limit: 6)).Select(h => h.QuoteId));
    }

    [Fact]
    public void A_quote_keeps_the_precision_of_its_own_date_and_none_when_dated_by_its_article()
    {
        var article = Article(Articles + 1);
        var own = article.Quotes[0];
        var month = own with
        {
            Time = Timex(article.Document.Id, own.Span, new DateOnly(2023, 3, 1)) with
            {
                Text = "in March",
                Value = "2023-03",
                End = new DateOnly(2023, 4, 1),
                Precision = TimePrecision.Month,
            },
        };
        _store.Write([article with { Quotes = [month, .. article.Quotes.Skip(1).Select(q => q with { Time = null })] }]);

        var hits = _store.Quotes(new QuoteQuery(Text: "week 13"))
            .Concat(_store.Quotes(new QuoteQuery(Text: "dawn number 13")))
            .Where(h => h.DocumentId == article.Document.Id)
            .ToDictionary(h => h.QuoteId);

        Assert.Equal(TimePrecision.Month, hits[own.Id].DatePrecision);
        Assert.Equal(new DateOnly(2023, 3, 1), hits[own.Id].Date);
        var undated = Assert.Single(hits.Values, h => h.QuoteId != own.Id);
        Assert.Null(undated.DatePrecision);
        Assert.Equal(article.Document.Published, undated.Date);
    }

    /// <summary>
    /// Article i is published on a day that runs backwards with i, so document order differs from
    /// date order; every third quote carries its own (earlier) date; speakers alternate.
    /// </summary>
    private DocumentExtraction Article(int i)
    {
        var published = new DateOnly(2023, 6, 30).AddDays(-7 * i);
        var speakers = new[] { "Harbour Master", "Ferry Operator" };
        var lines = new[]
        {
            $"\"The ferry leaves at dawn number {i},\" the official said.",
            $"\"The ferry timetable changes in week {i},\" the official said.",
            i % 4 == 0 ? $"\"The bridge reopens in month {i},\" the official said." : $"\"The quay is closed on day {i},\" the official said.",
        };
        var docId = "doc-port-" + i.ToString("D2", CultureInfo.InvariantCulture);
        var text = "Port Notice\n\n" + string.Join(" ", lines);
        var doc = new Document { Id = docId, Text = text, Title = "Port Notice " + i, Source = "notices.jsonl", Published = published, PublishedSource = PublishedSource.Metadata };
        var entities = new List<Entity>();
        var quotes = new List<Quote>();
        for (var k = 0; k < lines.Length; k++)
        {
            var speakerName = speakers[(i + k) % 2];
            var speaker = new Entity { Id = StableId.ForEntity(EntityType.Person, speakerName), Type = EntityType.Person, Name = speakerName, Mentions = [] };
            if (entities.All(e => e.Id != speaker.Id))
            {
                entities.Add(speaker);
            }

            var sentence = lines[k];
            var sentenceStart = text.IndexOf(sentence, StringComparison.Ordinal);
            var quoted = sentence[1..sentence.IndexOf(",\"", StringComparison.Ordinal)];
            var span = new TextSpan(sentenceStart + 1, sentenceStart + 1 + quoted.Length);
            var ownDate = (i + k) % 3 == 0 ? published.AddDays(-2) : (DateOnly?)null;
            var quote = new Quote
            {
                Id = StableId.ForQuote(docId, span, quoted),
                Kind = QuoteKind.Direct,
                Text = quoted,
                Span = span,
                SpeakerId = speaker.Id,
                Time = ownDate is { } d ? Timex(docId, span, d) : null,
                Evidence = new Evidence(docId, span, new TextSpan(sentenceStart, sentenceStart + sentence.Length), sentence, "test-rule"),
            };
            quotes.Add(quote);
            _quotes.Add((quote.Id, ownDate ?? published, docId, span.Start, speakerName, quoted));
        }

        return new DocumentExtraction { Document = doc, Entities = entities, Quotes = quotes };
    }

    private static TimeValue Timex(string docId, TextSpan span, DateOnly day) => new()
    {
        DocumentId = docId,
        Text = "two days earlier",
        Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Type = TimexType.Date,
        Span = span,
        Start = day,
        End = day.AddDays(1),
        Precision = TimePrecision.Day,
        Rule = "test",
    };
}
