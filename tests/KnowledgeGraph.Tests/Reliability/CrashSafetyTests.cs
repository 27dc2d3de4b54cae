namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// <c>kg ingest</c> killed hard mid-run (as by a power cut or the OOM killer): the store opens, holds
/// only whole articles, and running the same ingest again completes it to what a clean run gives.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 2000;

    private readonly TempFolder _folder = new("crash");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_ingest_killed_mid_run_leaves_whole_articles_and_a_rerun_completes_the_rest()
    {
        var corpus = NewsCorpus.WriteFolder(_folder.File("corpus"), Articles);
        var clean = _folder.File("clean.db");
        CorpusRun.Ingest(_folder.Path, clean, corpus);
        var cleanPerDocument = StoreProbe.PerDocument(clean);
        Assert.Equal(Articles, cleanPerDocument.Count);

        var crashed = _folder.File("crashed.db");
        using (var kg = KgChild.Start(_folder.Path, "ingest", corpus, "--db", crashed))
        {
            CorpusRun.WaitForDocuments(kg, crashed, 1);
            Assert.False(kg.HasExited, "the ingest finished before it could be killed; make the corpus larger");
            kg.KillHard();
        }

        Assert.Equal("ok", StoreProbe.IntegrityCheck(crashed));
        var survived = StoreProbe.PerDocument(crashed);
        Assert.InRange(survived.Count, 1, Articles - 1);
        Assert.All(survived, d => Assert.Equal(cleanPerDocument[d.Key], d.Value));

        CorpusRun.Ingest(_folder.Path, crashed, corpus);

        Assert.Equal("ok", StoreProbe.IntegrityCheck(crashed));
        Assert.Equal(StoreProbe.Counts(clean), StoreProbe.Counts(crashed));
    }
}
