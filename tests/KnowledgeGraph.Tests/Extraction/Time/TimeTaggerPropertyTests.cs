using CsCheck;

namespace KnowledgeGraph.Tests.Extraction.Time;

/// <summary>Invariants over generated news-like sentences full of time words.</summary>
public class TimeTaggerPropertyTests
{
    private static readonly string[] Words =
    [
        "the", "talks", "will", "resume", "on", "met", "said", "in", "by", "last", "next", "this", "that", "year", "years",
        "month", "week", "weekend", "day", "days", "ago", "later", "earlier", "February", "30", "31", "29", "Feb.", "Sept.",
        "Monday", "Sunday", "night", "morning", "2013", "1999-2001", "2024-02-30", "Christmas", "Easter", "summer", "fall",
        "third", "quarter", "first", "half", "two", "twenty-four", "more", "than", "18", "months", "every", "daily", "now",
        "recently", "10", "p.m.", "noon", "the", "1990s", "nineteen", "ninety-four", ",", ".", "\"", "(", ")", "-", "a", "of",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Int[0, Words.Length - 1].Array[1, 40].Select(ix => string.Join(' ', ix.Select(i => Words[i])));

    private static readonly Gen<DateOnly?> Published =
        Gen.Int[0, 20_000].Select(d => d == 0 ? (DateOnly?)null : new DateOnly(1970, 1, 1).AddDays(d));

    [Fact]
    public void Every_expression_lies_inside_the_text_with_its_exact_surface_and_a_forward_interval() =>
        Gen.Select(Sentence, Published).Sample((text, published) =>
        {
            var analysis = TimeTaggerTestHelper.Tag(text, published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var t in analysis.Timexes)
            {
                Assert.InRange(t.Span.Start, 0, text.Length);
                Assert.InRange(t.Span.End, t.Span.Start + 1, text.Length);
                Assert.Equal(t.Text, t.Span.Slice(text));
                Assert.False(string.IsNullOrEmpty(t.Value));
                if (t.Start is { } s && t.End is { } e)
                {
                    Assert.True(s < e, $"'{t.Text}' = {t.Value}: [{s}, {e})");
                }
            }

            // Expressions do not overlap one another.
            var ordered = analysis.Timexes.OrderBy(t => t.Span.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i - 1].Span.End <= ordered[i].Span.Start, $"'{ordered[i - 1].Text}' overlaps '{ordered[i].Text}'");
            }
        }, iter: 300);
}
