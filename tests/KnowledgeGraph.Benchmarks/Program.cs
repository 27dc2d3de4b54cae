using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

// KnowledgeGraph.Benchmarks stages CORPUS.jsonl [--limit N]
// KnowledgeGraph.Benchmarks scaling CORPUS.jsonl [--limit N] [--jobs N]
// KnowledgeGraph.Benchmarks time CORPUS.jsonl [--limit N] [--recognizers] [--graph OUT.json]
// KnowledgeGraph.Benchmarks bdn [CORPUS.jsonl] [BenchmarkDotNet options, e.g. --filter '*']
// KnowledgeGraph.Benchmarks queries [--db PATH] [--runs N] [--quikgraph]
if (args.Length >= 2 && args[0] == "stages")
{
    return StageShareRun.Run(args[1..]);
}

if (args.Length >= 2 && args[0] == "scaling")
{
    return ScalingRun.Run(args[1..]);
}

if (args.Length >= 1 && args[0] == "queries")
{
    return QueryLatencyRun.Run(args[1..]);
}

if (args.Length >= 2 && args[0] == "time")
{
    return TimeTaggingRun.Run(args[1..]);
}

if (args.Length >= 1 && args[0] == "bdn")
{
    var rest = args[1..];
    var corpus = rest.Length > 0 && rest[0].EndsWith(".jsonl", StringComparison.Ordinal) ? rest[0] : DefaultCorpus();
    // The benchmark processes BenchmarkDotNet starts inherit the environment, not the arguments.
    Environment.SetEnvironmentVariable("KG_CORPUS", Path.GetFullPath(corpus));
    var options = rest.Length > 0 && rest[0] == corpus ? rest[1..] : rest;
    BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(options.Length > 0 ? options : ["--filter", "*"]);
    return 0;
}

await Console.Error.WriteLineAsync(
    "usage: KnowledgeGraph.Benchmarks stages CORPUS.jsonl [--limit N]\n" +
    "       KnowledgeGraph.Benchmarks scaling CORPUS.jsonl [--limit N] [--jobs N]\n" +
    "       KnowledgeGraph.Benchmarks time CORPUS.jsonl [--limit N] [--recognizers] [--graph OUT.json]\n" +
    "       KnowledgeGraph.Benchmarks bdn [CORPUS.jsonl] [--filter '*']\n" +
    "       KnowledgeGraph.Benchmarks queries [--db PATH] [--runs N] [--quikgraph]").ConfigureAwait(false);
return 2;

// ../shared beside the checkout, as the tests find it.
static string DefaultCorpus()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
    {
        dir = dir.Parent;
    }

    return Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "reuters21578.jsonl");
}
