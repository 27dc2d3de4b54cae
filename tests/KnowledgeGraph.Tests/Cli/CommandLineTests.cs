using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    public CommandLineTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "one.txt"), "Rail Strike Ends\n\nLIMA, May 6, 2024 (Reuters) - Train drivers ended their strike on Monday, the union said.");
        File.WriteAllText(Path.Combine(_dir, "in", "two.jsonl"), """{"id": "w1", "title": "Mine Closes", "text": "The copper mine near Arequipa closed on Friday.", "published": "2024-05-03"}""" + "\n");
        File.WriteAllBytes(Path.Combine(_dir, "in", "bad.txt"), [0x4D, 0x69, 0x6E, 0x65, 0xFF, 0xFE, 0x00]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ingest_of_a_folder_with_one_bad_file_stores_the_good_ones_names_the_bad_one_and_exits_1()
    {
        var run = KgProcess.Run(_dir, "ingest", "in", "--db", "news.db");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.txt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("binary file", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 new", run.Stdout, StringComparison.Ordinal);

        var again = KgProcess.Run(_dir, "ingest", Path.Combine("in", "one.txt"), Path.Combine("in", "two.jsonl"), "--db", "news.db");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2 unchanged", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("store holds 2 articles", again.Stdout, StringComparison.Ordinal);

        var export = KgProcess.Run(_dir, "export", "json", "--db", "news.db");
        Assert.Equal(0, export.ExitCode);
        using var json = JsonDocument.Parse(export.Stdout);
        Assert.Equal("kg-graph/1", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Extract_writes_the_graph_json_contract_with_inferred_dates_and_exits_0()
    {
        var run = KgProcess.Run(_dir, "extract", Path.Combine("in", "one.txt"), Path.Combine("in", "two.jsonl"), "--out", "graph.json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "graph.json"), Encoding.UTF8));
        var docs = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["2024-05-06", "2024-05-03"], docs.Select(d => d.GetProperty("published").GetString()));
        Assert.Equal(["inferred", "metadata"], docs.Select(d => d.GetProperty("published_source").GetString()));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_named_on_stderr_with_exit_1()
    {
        var run = KgProcess.Run(_dir, "extract", Path.Combine("in", "one.txt"), "--out", Path.Combine("no-such-dir", "graph.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "in", "--published", "yesterday")]
    [InlineData("timeline", "--format", "pdf")]
    [InlineData("no-such-verb")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var run = KgProcess.Run(_dir, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("timeline")]
    [InlineData("quotes")]
    [InlineData("neighbours")]
    [InlineData("path")]
    [InlineData("stats")]
    [InlineData("export", "json")]
    [InlineData("demo")]
    public void Every_verb_has_help_with_an_example(params string[] verb)
    {
        var run = KgProcess.Run(_dir, [.. verb, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_on_a_missing_store_say_how_to_make_one_and_exit_1()
    {
        var run = KgProcess.Run(_dir, "timeline", "--db", "missing.db");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kg ingest", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "missing.db")));
    }
}
