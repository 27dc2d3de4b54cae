using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Tests.Cli;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// A 200 MB article is refused by size, not by running out of time or memory: a .txt file is
/// measured before it is read, a JSON line is streamed and skipped, and the other inputs land.
/// </summary>
public sealed class SizeLimitTests : IDisposable
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    // Far above what kg needs for small inputs, far below what holding 200 MB as UTF-16 text would take.
    private const long MemoryCeiling = 300L * 1024 * 1024;

    private readonly TempFolder _folder = new("size");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_200_megabyte_text_article_is_refused_by_size_quickly_and_the_other_input_lands()
    {
        var huge = _folder.File("huge.txt");
        WriteText(huge, TwoHundredMegabytes, prefix: "");
        var good = _folder.Write("good.txt", NewsCorpus.Article(3));
        var output = _folder.File("graph.json");
        var clock = Stopwatch.StartNew();

        using var kg = KgChild.Start(_folder.Path, "extract", huge, good, "--out", output);
        var (exit, peak) = kg.WaitForExitSamplingMemory(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Contains("huge.txt: file is 200 MB, over the 4 MB limit for one article; skipped (raise it with --max-article-mb)", kg.Stderr, StringComparison.Ordinal);
        Assert.True(peak < MemoryCeiling, $"peak working set {peak / (1024 * 1024)} MB");
        Assert.Contains(BadInputTests.Sources(File.ReadAllText(output)), s => s.EndsWith("good.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_200_megabyte_json_line_is_skipped_with_its_line_number_and_the_lines_around_it_land()
    {
        var path = _folder.File("feed.jsonl");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            writer.Write(NewsCorpus.JsonLine("before", NewsCorpus.Article(1)) + "\n");
        }

        WriteText(path, TwoHundredMegabytes, prefix: "{\"id\": \"huge\", \"text\": \"", suffix: "\"}\n");
        File.AppendAllText(path, NewsCorpus.JsonLine("after", NewsCorpus.Article(2)) + "\n");
        var output = _folder.File("graph.json");

        using var kg = KgChild.Start(_folder.Path, "extract", path, "--out", output);
        var (exit, peak) = kg.WaitForExitSamplingMemory(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("feed.jsonl:2: article is 200.0 MB, over the 4 MB limit", kg.Stderr, StringComparison.Ordinal);
        Assert.True(peak < MemoryCeiling, $"peak working set {peak / (1024 * 1024)} MB");
        Assert.Equal(["after", "before"], BadInputTests.Ids(File.ReadAllText(output)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_limit_can_be_lowered_and_raised_with_max_article_mb()
    {
        var path = _folder.File("long.txt");
        WriteText(path, 1536 * 1024, prefix: "");

        var lowered = KgProcess.Run(_folder.Path, "extract", path, "--max-article-mb", "1", "--out", _folder.File("a.json"));
        var zero = KgProcess.Run(_folder.Path, "extract", path, "--max-article-mb", "0");

        Assert.Equal(1, lowered.ExitCode);
        Assert.Contains("long.txt: file is 1.5 MB, over the 1 MB limit", lowered.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, zero.ExitCode);
    }

    // Repeats one of our sentences (no NUL, valid UTF-8) until the file holds `bytes` more bytes.
    private static void WriteText(string path, long bytes, string prefix, string suffix = "")
    {
        var sentence = Encoding.UTF8.GetBytes("The ferry to the islands left on time and the crew waved to the harbour. ");
        var block = new byte[1024 * 1024];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = sentence[i % sentence.Length];
        }

        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(prefix));
        var left = bytes;
        while (left > 0)
        {
            var n = (int)Math.Min(block.Length, left);
            stream.Write(block, 0, n);
            left -= n;
        }

        stream.Write(Encoding.UTF8.GetBytes(suffix));
    }
}
