using System.Text.Json;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Cli.Commands;

public sealed class QueryVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-qverbs-").FullName;

    public QueryVerbTests()
    {
        using var store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        store.Write([StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest(), StoreFixtures.SharedFamilyName()]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("timeline", "--entity", "durand")]
    [InlineData("quotes", "--speaker", "Durand")]
    [InlineData("neighbours", "DURAND")]
    [InlineData("path", "Durand", "Oslo")]
    public void An_ambiguous_name_lists_the_candidates_and_exits_2(params string[] args)
    {
        var run = KgProcess.Run(_dir, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Élise Durand (Person)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Marc Durand (Person)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Neighbours_prints_the_connected_entities_with_counts_as_json()
    {
        var run = KgProcess.Run(_dir, "neighbours", "okafor", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var names = json.RootElement.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal(["Ada Lindqvist", "Bergen", "Oslo"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Path_prints_the_chain_and_exits_0_or_1_when_there_is_none()
    {
        var found = KgProcess.Run(_dir, "path", "Bergen", "Ada Lindqvist");
        var none = KgProcess.Run(_dir, "path", "Bergen", "Marc Durand");

        Assert.Equal(0, found.ExitCode);
        Assert.Contains("Bergen -> Tomas Okafor -> Ada Lindqvist", found.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("No chain", none.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_json_has_the_counts_the_issue_asks_for()
    {
        var run = KgProcess.Run(_dir, "stats", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(4, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("entities").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("events").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("quotes").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("documents_without_date").GetInt32());
    }

    [Theory]
    [InlineData("timelinejs", "\"start_date\"")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Timeline_writes_timelinejs_and_html(string format, string expected)
    {
        var run = KgProcess.Run(_dir, "timeline", "--type", "meeting", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline", "--type", "Picnic")]
    [InlineData("neighbours", "Oslo", "--depth", "9")]
    [InlineData("quotes", "--format", "html")]
    public void Bad_query_options_are_usage_errors(params string[] args)
    {
        Assert.Equal(2, KgProcess.Run(_dir, args).ExitCode);
    }

    [Fact]
    public void An_unknown_name_is_said_on_stderr()
    {
        var run = KgProcess.Run(_dir, "neighbours", "Nobody Known");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity is named 'Nobody Known'", run.Stderr, StringComparison.Ordinal);
    }
}
