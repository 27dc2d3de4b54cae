using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Tests.Reliability;

namespace KnowledgeGraph.Tests.Extraction.Reading;

/// <summary>The per-article size limit of <see cref="ReadOptions.MaxArticleBytes"/>, on files, JSON lines and standard input.</summary>
public sealed class ArticleSizeLimitTests : IDisposable
{
    private const long Limit = 200;

    private static readonly string ShortArticle = "The ferry to the islands left on time.";

    private readonly TempFolder _folder = new("sizelimit");

    public void Dispose() => _folder.Dispose();

    private static ArticleLoader Loader(string? stdin = null) =>
        new(new ReadOptions(MaxArticleBytes: Limit), () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")));

    [Theory]
    [InlineData("a.txt", 200, true)]
    [InlineData("a.txt", 201, false)]
    [InlineData("a.html", 201, false)]
    [InlineData("a.md", 500, false)]
    public void A_whole_file_is_measured_against_the_limit_before_it_is_read(string name, int size, bool loads)
    {
        var path = _folder.Write(name, new string('a', size - 1) + ".");

        var result = Loader().Load(new InputFile(path));

        Assert.Equal(loads, result.Documents.Count == 1);
        if (!loads)
        {
            Assert.Equal($"{path}: file is 0.0 MB, over the 0.0 MB limit for one article; skipped (raise it with --max-article-mb)", Assert.Single(result.Errors).ToString());
        }
    }

    [Fact]
    public void An_oversized_json_line_is_skipped_and_the_lines_after_it_keep_their_numbers()
    {
        var lines = new[]
        {
            NewsCorpus.JsonLine("one", ShortArticle),
            NewsCorpus.JsonLine("huge", new string('b', 500)),
            "{\"id\": \"broken\", ",
            NewsCorpus.JsonLine("four", ShortArticle),
        };
        var path = _folder.Write("feed.jsonl", string.Join('\n', lines));

        var result = Loader().Load(new InputFile(path));

        Assert.Equal(["one", "four"], result.Documents.Select(d => d.Id));
        Assert.Equal([2L, 3L], result.Errors.Select(e => e.Line ?? 0));
        Assert.Contains("over the 0.0 MB limit", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_of_only_oversized_lines_reports_each_line_and_nothing_else()
    {
        var path = _folder.Write("feed.jsonl", NewsCorpus.JsonLine("a", new string('c', 300)) + "\n" + NewsCorpus.JsonLine("b", new string('d', 300)));

        var result = Loader().Load(new InputFile(path));

        Assert.Empty(result.Documents);
        Assert.Equal([1L, 2L], result.Errors.Select(e => e.Line ?? 0));
    }

    [Fact]
    public void Json_lines_on_standard_input_are_streamed_line_by_line()
    {
        var stdin = NewsCorpus.JsonLine("kept", ShortArticle) + "\n" + NewsCorpus.JsonLine("huge", new string('e', 5000)) + "\n";

        var result = Loader(stdin).Load(new InputFile(InputFile.StdinName, IsStdin: true));

        Assert.Equal("kept", Assert.Single(result.Documents).Id);
        Assert.Equal("<stdin>:2", Assert.Single(result.Errors).ToString().Split(": ")[0]);
    }

    [Fact]
    public void Plain_text_on_standard_input_is_refused_once_it_passes_the_limit()
    {
        var result = Loader(new string('f', 5000)).Load(new InputFile(InputFile.StdinName, IsStdin: true));

        Assert.Empty(result.Documents);
        Assert.Contains("<stdin>: input is larger than the 0.0 MB limit", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_limit_is_four_megabytes()
    {
        Assert.Equal(4L * 1024 * 1024, new ReadOptions().MaxArticleBytes);
    }
}
