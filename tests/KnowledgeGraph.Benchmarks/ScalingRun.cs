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
        var all = TimeTaggingRun.Read(path).Take(limit).ToList();
        var pipeline = Pipeline.CreateDefault();

        // Warm-up on both paths, so neither measured pass pays for JIT or lexicon loading. The two
        // measured passes run over disjoint halves of the other articles (alternate ones, so both
        // halves are alike), so neither is helped by having seen its texts before.
        Measure(pipeline, all.Take(2000).ToList(), jobs);
        var rest = all.Skip(2000).ToList();
        var oneDocs = rest.Where((_, i) => i % 2 == 0).ToList();
        var manyDocs = rest.Where((_, i) => i % 2 == 1).ToList();
        var oneMb = oneDocs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var manyMb = manyDocs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var one = Measure(pipeline, oneDocs, 1);
        var many = Measure(pipeline, manyDocs, jobs);
        var oneRate = oneMb / one.TotalSeconds;
        var manyRate = manyMb / many.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one-core: {oneDocs.Count} documents {oneMb:F2} MB {one.TotalSeconds:F2}s {oneRate:F2} MB/s  {jobs}-cores: {manyDocs.Count} other documents {manyMb:F2} MB {many.TotalSeconds:F2}s {manyRate:F2} MB/s  speed-up={manyRate / oneRate:F2}x"));
        return 0;
    }

    private static TimeSpan Measure(Pipeline pipeline, List<KnowledgeGraph.Core.Document> docs, int jobs)
    {
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = jobs }, d => pipeline.Extract(d));
        return clock.Elapsed;
    }
}
