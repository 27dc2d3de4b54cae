using KnowledgeGraph.Tests.Cli;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Readers beside a writer (WAL), and two writers on one store: nobody fails with a lock error, nothing is corrupted.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempFolder _folder = new("concurrent");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Timeline_and_quotes_queries_succeed_while_an_ingest_writes()
    {
        var corpus = NewsCorpus.WriteFolder(_folder.File("corpus"), 2000);
        var db = _folder.File("kg.db");
        using var ingest = KgChild.Start(_folder.Path, "ingest", corpus, "--db", db);
        CorpusRun.WaitForDocuments(ingest, db, 1);

        var queries = 0;
        while (!ingest.HasExited && queries < 12)
        {
            var verb = queries % 2 == 0 ? "timeline" : "quotes";
            var result = KgProcess.Run(_folder.Path, verb, "--db", db, "--format", "json");
            Assert.True(result.ExitCode == 0, $"kg {verb} during ingest: exit {result.ExitCode}: {result.Stderr}");
            queries++;
        }

        Assert.Equal(0, ingest.WaitForExit(CorpusRun.IngestTimeout));
        Assert.True(queries >= 2, $"only {queries} queries ran while the ingest wrote");
        Assert.Equal("ok", StoreProbe.IntegrityCheck(db));
    }

    [Fact]
    public void Two_ingests_into_one_store_at_once_end_as_a_sequential_run_would()
    {
        var first = NewsCorpus.WriteJsonLines(_folder.File("first.jsonl"), 1500);
        var second = _folder.File("second.jsonl");
        File.WriteAllLines(second, Enumerable.Range(1500, 1500).Select(n => NewsCorpus.JsonLine($"art-{n}", NewsCorpus.Article(n))));
        var sequential = _folder.File("sequential.db");
        CorpusRun.Ingest(_folder.Path, sequential, first);
        CorpusRun.Ingest(_folder.Path, sequential, second);

        var shared = _folder.File("shared.db");
        using var a = KgChild.Start(_folder.Path, "ingest", first, "--db", shared);
        using var b = KgChild.Start(_folder.Path, "ingest", second, "--db", shared);
        var exitA = a.WaitForExit(CorpusRun.IngestTimeout);
        var exitB = b.WaitForExit(CorpusRun.IngestTimeout);

        Assert.True(exitA == 0, a.Stderr);
        Assert.True(exitB == 0, b.Stderr);
        Assert.Equal("ok", StoreProbe.IntegrityCheck(shared));
        Assert.Equal(StoreProbe.Counts(sequential), StoreProbe.Counts(shared));
    }
}
