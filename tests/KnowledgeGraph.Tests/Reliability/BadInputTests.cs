using System.Text;
using System.Text.Json;
using KnowledgeGraph.Tests.Cli;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// Broken inputs given to <c>kg extract</c> next to a good one: each bad input is named on stderr with
/// its position, the good article still lands in the graph, and the exit code is 1.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodArticle = "Mayor Ines Carvalho opened the new ferry terminal in Port Elena on Monday.";

    private readonly TempFolder _folder = new("badinput");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "empty.txt", "", "empty.txt: file is empty" },
        { "blank.txt", "  \n\t \n\n", "blank.txt: file is empty" },
        { "binary.txt", "\u0001PNG\u0000\u0000\u0010 header", "binary.txt@" },
        { "broken.jsonl", NewsCorpus.JsonLine("a1", GoodArticle) + "\n{\"id\": \"a2\", \"text\": \"The council met", "broken.jsonl:2: not valid JSON" },
        { "text-number.jsonl", "{\"id\": \"n1\", \"text\": 42}", "text-number.jsonl:1: \"text\" is missing or not a string" },
        { "title-array.jsonl", "\n{\"text\": \"The port reopened on Monday.\", \"title\": [\"a\"]}", "title-array.jsonl:2: \"title\" must be a string, found Array" },
        { "feb31.jsonl", NewsCorpus.JsonLine("f1", GoodArticle, "2023-02-31"), "feb31.jsonl:1: \"published\" is not a valid date: '2023-02-31'" },
        { "year0.jsonl", NewsCorpus.JsonLine("y1", GoodArticle, "0000-06-01"), "year0.jsonl:1: \"published\" is not a valid date: '0000-06-01'" },
        { "not-object.jsonl", "[1, 2, 3]", "not-object.jsonl:1: expected a JSON object, found Array" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_input_is_named_with_its_position_and_the_good_input_still_lands(string name, string content, string expectedError)
    {
        var bad = _folder.Write(name, Encoding.UTF8.GetBytes(content));
        var good = _folder.Write("good.txt", GoodArticle);

        var (exit, graph, stderr) = Extract(bad, good);

        Assert.Equal(1, exit);
        Assert.Contains(expectedError, stderr, StringComparison.Ordinal);
        Assert.Contains(Sources(graph), s => s.EndsWith("good.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_offset_of_the_bad_byte()
    {
        var bad = _folder.Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" owners met the mayor.")]);
        var good = _folder.Write("good.txt", GoodArticle);

        var (exit, graph, stderr) = Extract(bad, good);

        Assert.Equal(1, exit);
        Assert.Contains("latin1.txt@3: not valid UTF-8 (bad byte 0xE9 at offset 3)", stderr, StringComparison.Ordinal);
        Assert.Single(Sources(graph));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_a_byte_order_mark_is_decoded(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var path = _folder.Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(GoodArticle + " Caf\u00e9 owners cheered.")]);

        var (exit, graph, stderr) = Extract(path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Ines Carvalho", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_in_json_lines_are_ignored()
    {
        var line = "{\"id\": \"u1\", \"text\": \"" + GoodArticle + "\", \"byline\": {\"name\": \"desk\"}, \"tags\": [1, 2], \"score\": 0.5}";
        var path = _folder.Write("extra.jsonl", line + "\n");

        var (exit, graph, stderr) = Extract(path);

        Assert.True(exit == 0, stderr);
        Assert.Equal(["u1"], Ids(graph));
    }

    [Fact]
    public void Bad_lines_between_good_ones_lose_only_themselves()
    {
        var lines = new[]
        {
            NewsCorpus.JsonLine("g1", NewsCorpus.Article(1)),
            "{\"id\": \"b2\", \"text\": ",
            "{\"id\": \"b3\", \"text\": true}",
            NewsCorpus.JsonLine("b4", NewsCorpus.Article(4), "2021-13-01"),
            NewsCorpus.JsonLine("g5", NewsCorpus.Article(5)),
        };
        var path = _folder.Write("mixed.jsonl", string.Join('\n', lines));

        var (exit, graph, stderr) = Extract(path);

        Assert.Equal(1, exit);
        Assert.Equal(["g1", "g5"], Ids(graph).Order(StringComparer.Ordinal));
        foreach (var line in new[] { ":2:", ":3:", ":4:" })
        {
            Assert.Contains("mixed.jsonl" + line, stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2023-02-31")]
    [InlineData("0000-01-01")]
    [InlineData("2023-2-3")]
    public void An_impossible_published_option_is_a_usage_error_naming_the_value(string value)
    {
        var good = _folder.Write("good.txt", GoodArticle);

        var result = KgProcess.Run(_folder.Path, "extract", good, "--published", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{value}' is not a date", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_with_an_impossible_published_date_still_lands_without_that_date()
    {
        var page = $"<html><head><meta property=\"article:published_time\" content=\"2023-02-31T10:00:00Z\"><title>Ferry</title></head><body><article><p>{GoodArticle}</p></article></body></html>";
        var path = _folder.Write("page.html", page);

        var (exit, graph, stderr) = Extract(path);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("2023-02-31", graph, StringComparison.Ordinal);
        Assert.Single(Sources(graph));
    }

    private (int Exit, string Graph, string Stderr) Extract(params string[] inputs)
    {
        var output = _folder.File($"graph-{Guid.NewGuid():N}.json");
        var result = KgProcess.Run(_folder.Path, ["extract", .. inputs, "--out", output]);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        return (result.ExitCode, File.Exists(output) ? File.ReadAllText(output) : "", result.Stderr);
    }

    internal static List<string> Sources(string graph) => Documents(graph).Select(d => d.GetProperty("source").GetString()!).ToList();

    internal static List<string> Ids(string graph) => Documents(graph).Select(d => d.GetProperty("id").GetString()!).ToList();

    private static List<JsonElement> Documents(string graph)
    {
        using var json = JsonDocument.Parse(graph);
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
