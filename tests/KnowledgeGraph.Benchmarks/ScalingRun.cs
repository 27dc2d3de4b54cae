using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The whole pipeline over a corpus, warm, on one core and then on N cores (articles shared out by
/// Parallel.ForEach): MB/s for each and the speed-up, the figure the parallel ingest rests on.
/// </summary>
internal static class ScalingRun
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var limit = RunArgs.Int(args, "--limit", int.MaxValue);
        var jobs = RunArgs.Int(args, "--jobs", Environment.ProcessorCount);
        var docs = TimeTaggingRun.Read(path).Take(limit).ToList();
        var mb = docs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var pipeline = Pipeline.CreateDefault();

        // Warm-up on both paths, so neither measured pass pays for JIT or lexicon loading.
        Measure(pipeline, docs.Take(2000).ToList(), jobs);
        var one = Measure(pipeline, docs, 1);
        var many = Measure(pipeline, docs, jobs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={docs.Count} text={mb:F2} MB one-core={one.TotalSeconds:F2}s {mb / one.TotalSeconds:F2} MB/s  {jobs}-cores={many.TotalSeconds:F2}s {mb / many.TotalSeconds:F2} MB/s  speed-up={one / many:F2}x"));
        return 0;
    }

    private static TimeSpan Measure(Pipeline pipeline, List<KnowledgeGraph.Core.Document> docs, int jobs)
    {
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = jobs }, d => pipeline.Extract(d));
        return clock.Elapsed;
    }
}
