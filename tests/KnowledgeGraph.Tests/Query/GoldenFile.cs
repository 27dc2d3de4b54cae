using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Query;

/// <summary>
/// Compares output with a reviewed file under tests/KnowledgeGraph.Tests/Query/Golden. On a mismatch
/// the output is written beside it as NAME.received; KG_ACCEPT_GOLDEN=1 overwrites the golden file instead.
/// </summary>
internal static class GoldenFile
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(SharedData.RepoRoot, "tests", "KnowledgeGraph.Tests", "Query", "Golden");
        var golden = Path.Combine(folder, name);
        var received = golden + ".received";
        if (Environment.GetEnvironmentVariable("KG_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(golden) ? File.ReadAllText(golden) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no golden file {golden}: review {received} and rerun with KG_ACCEPT_GOLDEN=1"
            : $"output differs from {golden}: see {received}; if the change is right, rerun with KG_ACCEPT_GOLDEN=1");
    }
}
