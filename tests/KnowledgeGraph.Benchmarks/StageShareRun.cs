using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The whole extraction pipeline on one core over a corpus: MB/s of article text, warm, and each
/// stage's share of the time, so nobody has to guess which stage is the bottleneck.
/// </summary>
internal static class StageShareRun
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var limit = RunArgs.Int(args, "--limit", int.MaxValue);
        var docs = TimeTaggingRun.Read(path).Take(limit).ToList();
        var mb = docs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var pipeline = Pipeline.CreateDefault();

        // First pass pays for JIT, regex construction and gazetteer loading: reported apart.
        var cold = Stopwatch.StartNew();
        foreach (var d in docs)
        {
            pipeline.Analyse(d);
        }

        cold.Stop();

        var shares = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var warm = Stopwatch.StartNew();
        foreach (var d in docs)
        {
            foreach (var (stage, elapsed) in pipeline.Analyse(d, timeStages: true).StageTimes)
            {
                shares[stage] = shares.GetValueOrDefault(stage) + elapsed;
            }
        }

        warm.Stop();
        var total = shares.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={docs.Count} text={mb:F2} MB first-pass={cold.Elapsed.TotalSeconds:F2}s warm={warm.Elapsed.TotalSeconds:F2}s throughput={mb / warm.Elapsed.TotalSeconds:F2} MB/s (one core)"));
        foreach (var stage in pipeline.StageNames)
        {
            var t = shares.GetValueOrDefault(stage);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-14} {t.TotalSeconds,7:F2}s {100 * t / total,5:F1}%  {mb / t.TotalSeconds,8:F1} MB/s"));
        }

        return 0;
    }
}
