using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class JsonLinesReaderTests
{
    private const string Good = """{"id": "a1", "title": "Port Deal", "text": "The port deal was signed.", "published": "2024-05-02", "source": "wire", "url": "https://example.org/a1", "section": "world"}""";

    [Theory]
    [InlineData("""{"id": "b", "text": "unclosed""", "not valid JSON")]
    [InlineData("""{"id": "b", "title": "No text"}""", "\"text\" is missing")]
    [InlineData("""{"id": "b", "text": 42}""", "\"text\" is missing or not a string")]
    [InlineData("""{"id": "b", "text": "Fine.", "published": "2023-02-31"}""", "not a valid date: '2023-02-31'")]
    [InlineData("""{"id": "b", "text": "Fine.", "title": ["x"]}""", "\"title\" must be a string")]
    [InlineData("""["text"]""", "expected a JSON object")]
    public void A_bad_line_is_reported_with_its_line_number_and_the_others_are_read(string bad, string message)
    {
        var result = new JsonLinesReader().Read("feed.jsonl", Good + "\n" + bad + "\n\n" + Good.Replace("a1", "a2", StringComparison.Ordinal));

        Assert.Equal(["a1", "a2"], result.Documents.Select(d => d.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("feed.jsonl:2: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_are_read_and_unknown_fields_ignored()
    {
        var d = new JsonLinesReader().Read("feed.jsonl", Good).Documents.Single();

        Assert.Equal("Port Deal", d.Title);
        Assert.Equal("The port deal was signed.", d.Text);
        Assert.Equal(new DateOnly(2024, 5, 2), d.Published);
        Assert.Equal(PublishedSource.Metadata, d.PublishedSource);
        Assert.Equal("wire", d.Source);
        Assert.Equal("https://example.org/a1", d.Url);
    }

    [Fact]
    public void Without_an_id_the_document_id_is_a_stable_hash_of_the_text()
    {
        const string line = """{"text": "The port deal was signed."}""";

        var d = new JsonLinesReader().Read("feed.jsonl", line).Documents.Single();

        Assert.Equal(StableId.ForDocument("The port deal was signed."), d.Id);
        Assert.Equal("feed.jsonl", d.Source);
        Assert.Null(d.Published);
    }

    [Theory]
    [InlineData("2024-05-02", 2024, 5, 2)]
    [InlineData("2024-05-02T23:30:00+02:00", 2024, 5, 2)]
    public void Published_accepts_a_date_or_an_iso_timestamp(string value, int y, int m, int d)
    {
        Assert.True(JsonLinesReader.TryParsePublished(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }
}
