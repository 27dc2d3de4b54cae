using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Tools;

/// <summary>tools/quote-eval.py counts matches, misses, false alarms and speakers as its help says.</summary>
public class QuoteEvalToolTests
{
    private const string Gold =
        """
        {"id": "d1", "quotes": [{"start": 0, "end": 100, "kind": "direct", "speaker": "Anna Berg"}, {"start": 200, "end": 260, "kind": "direct", "speaker": "Omar Haddad"}, {"start": 300, "end": 350, "kind": "partial", "speaker": null, "null_reason": "anonymous"}, {"start": 400, "end": 450, "kind": "direct", "speaker": "Lars Olsen"}, {"start": 600, "end": 640, "kind": "direct", "speaker": "Anna Berg"}], "not_quotes": []}
        """;

    // Exact match, right speaker; 50 of 60 overlapping, right by last name; both unnamed; a false alarm; an overlap of
    // 10 of the shorter 30 (no match: a false alarm and a miss); an exact match with the wrong speaker.
    private const string Graph =
        """
        {"format": "kg-graph/1", "documents": [{"id": "d1"}],
         "entities": [{"id": "e1", "name": "Anna Berg", "aliases": []}, {"id": "e2", "name": "Lena Haddad", "aliases": []}, {"id": "e3", "name": "Omar Ruiz", "aliases": []}],
         "quotes": [
           {"document": "d1", "span": [0, 100], "kind": "direct", "speaker": "e1", "text": "a"},
           {"document": "d1", "span": [210, 280], "kind": "direct", "speaker": "e2", "text": "b"},
           {"document": "d1", "span": [300, 350], "kind": "partial", "speaker": null, "text": "c"},
           {"document": "d1", "span": [500, 520], "kind": "direct", "speaker": null, "text": "d"},
           {"document": "d1", "span": [440, 470], "kind": "direct", "speaker": "e1", "text": "e"},
           {"document": "d1", "span": [600, 640], "kind": "direct", "speaker": "e3", "text": "f"}]}
        """;

    [Fact]
    public void Quote_eval_reports_span_matches_and_speaker_accuracy_by_last_name()
    {
        var dir = Directory.CreateTempSubdirectory("kg-quote-eval-");
        try
        {
            var gold = Path.Combine(dir.FullName, "gold.jsonl");
            var graph = Path.Combine(dir.FullName, "graph.json");
            File.WriteAllText(gold, Gold.ReplaceLineEndings(" ") + "\n");
            File.WriteAllText(graph, Graph);
            var figures = Run(gold, graph);
            Assert.Equal(0.667, figures["quote_precision"], 3);
            Assert.Equal(0.8, figures["quote_recall"], 3);
            Assert.Equal(0.727, figures["quote_f1"], 3);
            Assert.Equal(0.75, figures["speaker_accuracy"], 3);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Dictionary<string, double> Run(string gold, string graph)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { Path.Combine(SharedData.RepoRoot, "tools", "quote-eval.py"), "--gold", gold, "--system", graph },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var error = tool.StandardError.ReadToEndAsync();
        var output = tool.StandardOutput.ReadToEnd();
        tool.WaitForExit();
        Assert.True(tool.ExitCode == 0, "quote-eval.py failed: " + error.Result);
        return output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(kv => kv.Length == 2 && kv[0].Contains('_', StringComparison.Ordinal) && !kv[0].StartsWith("gold", StringComparison.Ordinal))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
    }
}
