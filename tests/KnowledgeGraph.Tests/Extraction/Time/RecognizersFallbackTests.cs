using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Time.External;

namespace KnowledgeGraph.Tests.Extraction.Time;

public class RecognizersFallbackTests
{
    [Fact]
    public void Adapter_loads_the_model_and_returns_half_open_spans_with_the_original_casing()
    {
        const string text = "Talks resume on the second Tuesday of April in Vienna.";
        var found = RecognizersTimeAdapter.Recognize(text, new TextSpan(0, text.Length));
        var hit = Assert.Single(found, r => r.Text.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Equal(hit.Text, hit.Span.Slice(text));
        Assert.EndsWith("April", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Adapter_reports_offsets_into_the_whole_text_for_a_window()
    {
        const string text = "Headline words here. The ferry sails at nine o'clock from the pier.";
        var window = new TextSpan(21, text.Length);
        var found = RecognizersTimeAdapter.Recognize(text, window);
        Assert.Contains(found, r => r.Span.Slice(text) == r.Text && r.Text.Contains("o'clock", StringComparison.Ordinal));
    }

    [Fact]
    public void Fallback_finds_an_expression_the_fast_path_leaves_and_our_resolver_dates_it()
    {
        const string text = "The ferry sails at nine o'clock from the pier.";
        Assert.Empty(TimeTaggerTestHelper.Tag(text, "2024-05-15").Timexes);
        var t = Assert.Single(TimeTaggerTestHelper.Tag(text, "2024-05-15", useRecognizers: true).Timexes);
        Assert.Equal("recognizers", t.Rule);
        Assert.Equal(TimexType.Time, t.Type);
        Assert.StartsWith("2024-05-15T09", t.Value, StringComparison.Ordinal);
    }
}
