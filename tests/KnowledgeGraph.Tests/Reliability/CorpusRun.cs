namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Builds corpora of our own articles in a temp folder and ingests them with the real <c>kg</c>.</summary>
internal static class CorpusRun
{
    public static readonly TimeSpan IngestTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Ingests to completion and returns the exit code, failing the test with stderr if kg does not finish.</summary>
    public static int Ingest(string folder, string db, params string[] inputs)
    {
        using var kg = KgChild.Start(folder, ["ingest", .. inputs, "--db", db]);
        var exit = kg.WaitForExit(IngestTimeout);
        Assert.True(exit == 0, $"kg ingest exit {exit}: {kg.Stderr}");
        return exit;
    }

    /// <summary>Polls until the store holds at least <paramref name="documents"/> documents, or the process ends.</summary>
    public static void WaitForDocuments(KgChild kg, string db, long documents)
    {
        var deadline = DateTime.UtcNow + IngestTimeout;
        while (!kg.HasExited && DateTime.UtcNow < deadline)
        {
            if (File.Exists(db) && TryCount(db) >= documents)
            {
                return;
            }

            Thread.Sleep(100);
        }
    }

    private static long TryCount(string db)
    {
        try
        {
            return StoreProbe.Count(db, "documents");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is not there yet, or the file is mid-creation
        }
    }
}
