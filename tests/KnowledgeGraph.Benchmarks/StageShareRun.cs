using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The whole extraction pipeline on one core over a corpus: MB/s of article text, warm, on articles
/// not seen before, and each stage's share of the time, so nobody has to guess which stage is the bottleneck.
/// </summary>
internal static class StageShareRun
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var limit = RunArgs.Int(args, "--limit", int.MaxValue);
        var warmUp = RunArgs.Int(args, "--warmup", 2000);
        var all = TimeTaggingRun.Read(path).Take(limit).ToList();
        var pipeline = Pipeline.CreateDefault();

        // The first articles pay for JIT, regex construction, gazetteer loading and the Recognizers
        // model: reported apart. The measured pass runs over the other articles, which this process has
        // never seen, so nothing a stage may remember about a text can flatter the figure.
        var coldDocs = all.Take(warmUp).ToList();
        var docs = all.Skip(warmUp).ToList();
        var coldMb = coldDocs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var mb = docs.Sum(d => (long)d.Text.Length) / 1_000_000.0;
        var cold = Stopwatch.StartNew();
        foreach (var d in coldDocs)
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
            $"cold: first {coldDocs.Count} documents {coldMb:F2} MB {cold.Elapsed.TotalSeconds:F2}s {coldMb / cold.Elapsed.TotalSeconds:F2} MB/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm, unseen: documents={docs.Count} text={mb:F2} MB time={warm.Elapsed.TotalSeconds:F2}s throughput={mb / warm.Elapsed.TotalSeconds:F2} MB/s (one core)"));
        foreach (var stage in pipeline.StageNames)
        {
            var t = shares.GetValueOrDefault(stage);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-14} {t.TotalSeconds,7:F2}s {100 * t / total,5:F1}%  {mb / t.TotalSeconds,8:F1} MB/s"));
        }

        return 0;
    }
}
