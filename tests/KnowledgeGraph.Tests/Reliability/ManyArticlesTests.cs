using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>100,000 tiny articles in one JSON-lines file all land in the store, in reasonable time.</summary>
public sealed class ManyArticlesTests : IDisposable
{
    private const int Articles = 100_000;

    private readonly TempFolder _folder = new("many");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void One_hundred_thousand_tiny_articles_all_land_in_the_store()
    {
        var path = _folder.File("tiny.jsonl");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            for (var n = 0; n < Articles; n++)
            {
                var text = $"Mayor {NewsCorpus.People[n % NewsCorpus.People.Length]} opened bridge {n} in {NewsCorpus.Places[n / 6 % NewsCorpus.Places.Length]} on Monday.";
                writer.Write(NewsCorpus.JsonLine($"tiny-{n}", text));
                writer.Write('\n');
            }
        }

        var db = _folder.File("kg.db");
        var clock = Stopwatch.StartNew();

        using var kg = KgChild.Start(_folder.Path, "ingest", path, "--db", db);
        var exit = kg.WaitForExit(TimeSpan.FromMinutes(5));

        Assert.True(exit == 0, kg.Stderr);
        Assert.Equal(Articles, StoreProbe.Count(db, "documents"));
        Assert.Contains($"store holds {Articles} articles", kg.Stdout, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"took {clock.Elapsed}");
    }
}
