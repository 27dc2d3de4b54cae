using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests.Extraction.Time;

/// <summary>Holds a floor on TempEval-3 value F1 over the TimeML documents in ../shared/timeml, scored by te3.py.</summary>
public class TimeMLValueFloorTests(ITestOutputHelper output)
{
    // Floors a little under the measured 0.813 (TimeBank) and 0.743 (AQUAINT); HeidelTime scored 0.776 in TempEval-3.
    [SharedDataTheory]
    [InlineData("TimeBank", 0.80)]
    [InlineData("AQUAINT", 0.73)]
    public void TimeML_value_F1_stays_above_the_floor(string corpus, double floor)
    {
        var dir = Directory.CreateTempSubdirectory("kg-timebank-");
        try
        {
            var te3 = SharedData.File("eval", "te3.py");
            Python(te3, "prepare", SharedData.File("timeml", corpus), dir.FullName);
            var pipeline = new PipelineBuilder().UseSegmentation().UseTime().Build();
            var builder = new GraphBuilder();
            foreach (var line in File.ReadLines(Path.Combine(dir.FullName, "input.jsonl")))
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                var text = r.GetProperty("text").GetString()!;
                builder.Add(pipeline.Extract(new Document
                {
                    Id = r.GetProperty("id").GetString()!,
                    Title = r.GetProperty("title").GetString(),
                    Text = text,
                    Source = corpus,
                    Published = DateOnly.Parse(r.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
                    PublishedSource = PublishedSource.Metadata,
                }));
            }

            var graphPath = Path.Combine(dir.FullName, "graph.json");
            using (var stream = File.Create(graphPath))
            {
                GraphJsonWriter.Write(builder.Build(), stream);
            }

            var score = Python(te3, "score", dir.FullName, graphPath);
            output.WriteLine(score);
            var valueF1 = double.Parse(score.Split("value_f1=")[1].Split(' ')[0], CultureInfo.InvariantCulture);
            Assert.True(valueF1 >= floor, $"{corpus} value F1 {valueF1} fell below {floor}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Python(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException($"te3.py {args[1]} failed: {stderr}");
    }
}
