using System.Text.Json;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

/// <summary><see cref="ArticleLoader.Stream"/>: the same articles as a whole-file read, one at a time, with line numbers.</summary>
public sealed class ArticleStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-stream-").FullName;
    private readonly ArticleLoader _loader = new(new ReadOptions());

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Streaming_a_jsonl_file_gives_the_documents_a_whole_file_read_gives()
    {
        var path = Write("wire.jsonl",
            Line("""{"id": "n1", "title": "Dam Opens", "text": "The Kariba dam reopened on Monday.", "published": "2024-02-05"}"""),
            Line("""{"text": "CAIRO, Feb 6, 2024 - Egypt raised its interest rate on Tuesday, the central bank said."}"""),
            Line("""{"id": "n3", "text": "Farmers in Punjab began the wheat harvest on Wednesday.", "source": "field desk"}"""));

        var whole = _loader.Load(new InputFile(path));
        var streamed = _loader.Stream([new InputFile(path)]).ToList();

        Assert.Equal(whole.Documents, streamed.Where(s => s.Document is not null).Select(s => s.Document!));
        Assert.Equal([1L, 2L, 3L], streamed.Where(s => s.Document is not null).Select(s => s.Line!.Value));
        Assert.True(streamed[^1].EndOfInput);
    }

    [Theory]
    [InlineData("{\"text\": \"ok one\"}\nnot json\n{\"text\": \"ok two\"}\n", 2, "not valid JSON")]
    [InlineData("{\"text\": \"ok one\"}\n\n{\"title\": \"no text\"}\n", 3, "\"text\" is missing")]
    [InlineData("{\"text\": \"ok one\"}\r\n{\"text\": \"\"}\r\n", 2, "\"text\" is empty")]
    [InlineData("{\"text\": \"a dam\", \"published\": \"May 3\"}\n{\"text\": \"ok\"}\n", 1, "not a valid date")]
    public void A_bad_line_is_a_problem_with_its_line_number_and_the_other_lines_are_read(string content, int line, string message)
    {
        var path = Write("bad.jsonl", content);

        var steps = _loader.Stream([new InputFile(path)]).ToList();

        var problem = Assert.Single(steps, s => s.Error is not null).Error!;
        Assert.Equal(path, problem.Source);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(content.Split('\n').Count(l => l.Contains("ok", StringComparison.Ordinal)), steps.Count(s => s.Document is not null));
    }

    [Theory]
    [InlineData("\n  \n", "file is empty")]
    [InlineData("{\"text\": \"a\0b\"}", "binary file")]
    public void An_empty_or_binary_jsonl_file_is_one_problem(string content, string message)
    {
        var path = Write("odd.jsonl", content);

        var steps = _loader.Stream([new InputFile(path)]).ToList();

        Assert.Contains(message, Assert.Single(steps, s => s.Error is not null).Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(steps, s => s.Document is not null);
    }

    [Fact]
    public void Every_input_ends_with_its_own_end_step_in_order()
    {
        var text = Write("a.txt", "Bridge Closed\n\nThe old bridge in Mostar closed for repairs on Monday.");
        var jsonl = Write("b.jsonl", Line("""{"text": "The ferry to Split sailed on time."}"""));

        var ends = _loader.Stream([new InputFile(text), new InputFile(jsonl)]).Where(s => s.EndOfInput).Select(s => s.Source);

        Assert.Equal([text, jsonl], ends);
    }

    private static string Line(string json)
    {
        using var _ = JsonDocument.Parse(json);
        return json + "\n";
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Concat(lines));
        return path;
    }
}
