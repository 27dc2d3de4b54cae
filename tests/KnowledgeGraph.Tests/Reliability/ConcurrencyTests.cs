using Microsoft.Data.Sqlite;
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
        // Large enough that the ingest writes for several seconds after its first article lands: with
        // 2,000 articles the faster pipeline finished within about 0.8 s of it, room for one query.
        var corpus = NewsCorpus.WriteFolder(_folder.File("corpus"), 6000);
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

    [Fact]
    public void An_ingest_that_waits_too_long_for_the_store_fails_with_a_clear_message_and_a_rerun_completes_it()
    {
        var db = _folder.File("busy.db");
        var first = NewsCorpus.WriteJsonLines(_folder.File("first.jsonl"), 20);
        CorpusRun.Ingest(_folder.Path, db, first);
        var before = StoreProbe.Counts(db);
        var second = _folder.File("second.jsonl");
        File.WriteAllLines(second, Enumerable.Range(20, 20).Select(n => NewsCorpus.JsonLine($"art-{n}", NewsCorpus.Article(n))));

        int exit;
        KgChild blocked;
        using (var holder = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE"; // the write lock, held as a long ingest would
                begin.ExecuteNonQuery();
            }

            blocked = KgChild.Start(_folder.Path, "ingest", second, "--db", db);
            exit = blocked.WaitForExit(CorpusRun.IngestTimeout);
        }

        using (blocked)
        {
            Assert.True(exit == 3, $"exit {exit}: {blocked.Stderr}");
            Assert.Contains("in use by another process", blocked.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", blocked.Stderr, StringComparison.Ordinal); // a message, not a stack trace
        }

        Assert.Equal("ok", StoreProbe.IntegrityCheck(db));
        Assert.Equal(before, StoreProbe.Counts(db));

        CorpusRun.Ingest(_folder.Path, db, second);
        var sequential = _folder.File("sequential.db");
        CorpusRun.Ingest(_folder.Path, sequential, first);
        CorpusRun.Ingest(_folder.Path, sequential, second);
        Assert.Equal(StoreProbe.Counts(sequential), StoreProbe.Counts(db));
    }
}
