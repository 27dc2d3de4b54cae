using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The corpus run for the time stage: throughput (MB/s of article text) of segmentation plus time
/// tagging, warm, with and without the Recognizers fallback; optionally writes graph JSON so
/// <c>te3.py score</c> can compare the two on TimeML.
/// </summary>
internal static class TimeTaggingRun
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var limit = RunArgs.Int(args, "--limit", 2000);
        var useRecognizers = args.Contains("--recognizers");
        var graphOut = RunArgs.Option(args, "--graph");
        var docs = Read(path).Take(limit).ToList();
        // Characters of article text; the corpus is ASCII, so this is its size in bytes.
        var bytes = docs.Sum(d => (long)d.Text.Length);
        var segmentation = new PipelineBuilder().UseSegmentation().Build();
        var tagger = new TimeTagger(new TimeTaggerOptions(useRecognizers));

        // First pass: JIT (tiered), regex set-up and the Recognizers model are one-off costs, reported apart.
        var cold = Stopwatch.StartNew();
        foreach (var d in docs)
        {
            tagger.Run(segmentation.Analyse(d));
        }

        cold.Stop();

        // Measured pass: warm, on fresh analyses (segmentation done before the clock starts).
        var analyses = docs.Select(d => segmentation.Analyse(d)).ToList();
        var timer = Stopwatch.StartNew();
        var timexes = 0;
        foreach (var a in analyses)
        {
            tagger.Run(a);
            timexes += a.Timexes.Count;
        }

        timer.Stop();
        var mb = bytes / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={docs.Count} text={mb:F2} MB timexes={timexes} recognizers={useRecognizers} first-pass={cold.Elapsed.TotalSeconds:F2}s time-tagging={timer.Elapsed.TotalSeconds:F2}s throughput={mb / timer.Elapsed.TotalSeconds:F2} MB/s"));

        if (graphOut is not null)
        {
            var builder = new GraphBuilder();
            foreach (var a in analyses)
            {
                builder.Add(a.ToExtraction());
            }

            using var stream = File.Create(graphOut);
            GraphJsonWriter.Write(builder.Build(), stream);
        }

        return 0;
    }

    internal static IEnumerable<Document> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var text = r.GetProperty("text").GetString() ?? "";
            var published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                && DateOnly.TryParse(p.GetString()!.AsSpan(0, Math.Min(10, p.GetString()!.Length)), CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null;
            yield return new Document
            {
                Id = r.TryGetProperty("id", out var id) ? id.ToString() : StableId.ForDocument(text),
                Title = r.TryGetProperty("title", out var t) ? t.GetString() : null,
                Text = text,
                Source = path,
                Published = published,
                PublishedSource = published is null ? PublishedSource.Unknown : PublishedSource.Metadata,
            };
        }
    }
}
