using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The whole pipeline on real wire news it was not written for: no stage may throw, every offset must slice the text.</summary>
public class PipelineOnRealNewsTests
{
    [SharedDataFact]
    public void Every_stage_runs_without_error_on_the_whole_Reuters_corpus_and_offsets_stay_inside_the_text()
    {
        var pipeline = Pipeline.CreateDefault();
        var failures = new List<string>();
        foreach (var line in File.ReadLines(SharedData.File("corpus", "reuters21578.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var id = root.GetProperty("id").GetString()!;
            try
            {
                var x = pipeline.Extract(new Document { Id = id, Text = text, Source = "reuters", Published = published, PublishedSource = PublishedSource.Metadata });
                foreach (var m in x.Entities.SelectMany(e => e.Mentions))
                {
                    if (m.Span.Start < 0 || m.Span.End > text.Length || m.Span.Slice(text) != m.Text)
                    {
                        failures.Add($"{id}: mention {m.Span} does not slice to '{m.Text}'");
                    }
                }

                foreach (var span in x.Quotes.Select(q => q.Span).Concat(x.Timexes.Select(t => t.Span)).Concat(x.Events.Select(e => e.Evidence.Span)))
                {
                    if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
                    {
                        failures.Add($"{id}: span {span} outside the text");
                    }
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"{id}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
