using KnowledgeGraph.Benchmarks;

// KnowledgeGraph.Benchmarks stages CORPUS.jsonl [--limit N]
// KnowledgeGraph.Benchmarks time CORPUS.jsonl [--limit N] [--recognizers] [--graph OUT.json]
// KnowledgeGraph.Benchmarks queries [--db PATH] [--runs N] [--quikgraph]
if (args.Length >= 2 && args[0] == "stages")
{
    return StageShareRun.Run(args[1..]);
}

if (args.Length >= 1 && args[0] == "queries")
{
    return QueryLatencyRun.Run(args[1..]);
}

if (args.Length >= 2 && args[0] == "time")
{
    return TimeTaggingRun.Run(args[1..]);
}

await Console.Error.WriteLineAsync("usage: KnowledgeGraph.Benchmarks stages CORPUS.jsonl [--limit N]\n       KnowledgeGraph.Benchmarks time CORPUS.jsonl [--limit N] [--recognizers] [--graph OUT.json]\n       KnowledgeGraph.Benchmarks queries [--db PATH] [--runs N] [--quikgraph]").ConfigureAwait(false);
return 2;
