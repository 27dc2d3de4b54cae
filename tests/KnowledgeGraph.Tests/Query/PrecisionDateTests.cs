using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using Xunit;

namespace KnowledgeGraph.Tests.Query;

public sealed class PrecisionDateTests
{
    [Theory]
    [InlineData("2023-01-01", TimePrecision.Year, "2023")]
    [InlineData("2023-09-01", TimePrecision.Month, "2023-09")]
    [InlineData("2023-07-01", TimePrecision.Quarter, "2023-07")]
    [InlineData("2023-09-13", TimePrecision.Day, "2023-09-13")]
    [InlineData("2023-09-13", null, "2023-09-13")]
    public void A_date_is_written_only_as_far_as_its_precision_goes(string date, TimePrecision? precision, string expected)
    {
        Assert.Equal(expected, PrecisionDate.Format(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision));
    }

    [Theory]
    [InlineData(OutputFormat.Table)]
    [InlineData(OutputFormat.Markdown)]
    [InlineData(OutputFormat.Json)]
    public void A_quote_said_last_year_shows_the_year_not_the_first_of_january(OutputFormat format)
    {
        var hit = new QuoteHit
        {
            QuoteId = "q1",
            Kind = QuoteKind.Direct,
            Text = "We will rebuild the harbour",
            Speaker = "Ana Ferreira",
            Date = new DateOnly(2023, 1, 1),
            DatePrecision = TimePrecision.Year,
            Sentence = "\"We will rebuild the harbour,\" Ana Ferreira said last year.",
            DocumentId = "d1",
        };

        var text = QuoteRenderer.Render([hit], format);

        Assert.DoesNotContain("2023-01-01", text, StringComparison.Ordinal);
        Assert.Contains("2023", text, StringComparison.Ordinal);
        if (format == OutputFormat.Json)
        {
            Assert.Contains("\"precision\": \"year\"", text, StringComparison.Ordinal);
        }
    }
}
