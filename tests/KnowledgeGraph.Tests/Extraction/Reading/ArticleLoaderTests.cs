using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-reading-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("empty.txt", new byte[0], "file is empty")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00 }, "binary file")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73 }, "not valid UTF-8")]
    [InlineData("broken.jsonl", new byte[] { 0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22 }, "not valid JSON")]
    [InlineData("blank.html", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x3C, 0x2F, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, "no article text")]
    public void A_bad_file_in_a_folder_is_reported_by_name_and_the_good_files_still_load(string badName, byte[] bad, string message)
    {
        Write("a/good.txt", "Rail Strike Ends\n\nTrains ran again on Monday, the operator said.");
        Write("b/nested/good.jsonl", """{"id": "j1", "text": "The port reopened.", "published": "2024-05-02"}""");
        Write("notes.md", "# not an article format");
        var badPath = Write(badName, bad);
        var loader = new ArticleLoader(new ReadOptions());

        var inputs = loader.Resolve([_dir]);
        var results = loader.Load(inputs.Files).ToList();

        Assert.Equal(3, inputs.Files.Count);
        Assert.Equal(2, results.Sum(r => r.Documents.Count));
        var error = Assert.Single(results.SelectMany(r => r.Errors));
        Assert.Equal(badPath, error.Source);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_a_named_file_of_any_extension_is_read()
    {
        var notes = Write("notes.md", "Harbour Talks\n\nThe talks went on.");
        var loader = new ArticleLoader(new ReadOptions());

        var inputs = loader.Resolve([notes, Path.Combine(_dir, "missing.txt")]);

        Assert.Equal([notes], inputs.Files.Select(f => f.Path));
        Assert.Contains("no such file", Assert.Single(inputs.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Harbour Talks", loader.Load(inputs.Files[0]).Documents.Single().Title);
    }

    [Theory]
    [InlineData("Rail Strike Ends\n\nTrains ran again.", "Rail Strike Ends")]
    [InlineData("""{"title": "Port Opens", "text": "The port opened."}""", "Port Opens")]
    [InlineData("<html><body><article><h1>Mine Closes</h1><p>The mine closed.</p></article></body></html>", "Mine Closes")]
    public void Standard_input_is_read_in_the_format_its_content_shows(string content, string title)
    {
        var loader = new ArticleLoader(new ReadOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes(content)));

        var inputs = loader.Resolve(["-"]);
        var document = loader.Load(inputs.Files).Single().Documents.Single();

        Assert.True(inputs.Files.Single().IsStdin);
        Assert.Equal(title, document.Title);
    }

    [Fact]
    public void The_published_option_overrides_metadata_and_inference()
    {
        var path = Write("wire.jsonl", """{"text": "LIMA, March 4, 2024 (Reuters) - Talks resumed.", "published": "2024-03-01"}""");
        var loader = new ArticleLoader(new ReadOptions(new DateOnly(2024, 3, 9)));

        var d = loader.Load(new InputFile(path)).Documents.Single();

        Assert.Equal(new DateOnly(2024, 3, 9), d.Published);
        Assert.Equal(PublishedSource.Metadata, d.PublishedSource);
    }

    [Fact]
    public void Reading_the_same_file_twice_gives_the_same_document_ids()
    {
        var path = Write("a.txt", "Rail Strike Ends\n\nTrains ran again on Monday.\n\n\n\nMine Closes\n\nThe mine closed.");
        var loader = new ArticleLoader(new ReadOptions());

        var first = loader.Load(new InputFile(path)).Documents.Select(d => d.Id).ToList();
        var second = loader.Load(new InputFile(path)).Documents.Select(d => d.Id).ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
    }

    [SharedDataFact]
    public void The_seed_text_file_gives_two_articles_dated_as_the_text_allows()
    {
        var loader = new ArticleLoader(new ReadOptions());
        var docs = loader.Load(new InputFile(SharedData.File("seeds", "000_6154cfbf0fdc7a47.txt"))).Documents;

        Assert.Equal(2, docs.Count);
        Assert.Equal(new DateOnly(2023, 9, 13), docs[0].Published);
        Assert.Equal(PublishedSource.Inferred, docs[0].PublishedSource);
        Assert.Null(docs[1].Published);
        Assert.Equal(PublishedSource.Unknown, docs[1].PublishedSource);
        Assert.Equal(new DateOnly(2025, 2, 19), docs[1].PublishedNotBefore);
        Assert.All(docs, d => Assert.False(string.IsNullOrEmpty(d.Title)));
    }
}
