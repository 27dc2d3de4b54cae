using CsCheck;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class QuoteRecordTests
{
    private const string Text = "Omar Haddad met Anna Berg in Oslo. \"Oslo has been a good host,\" Haddad told Berg.";
    private static readonly string[] Entities = ["Person:Anna Berg", "Person:Omar Haddad", "Location:Oslo"];

    [Fact]
    public void A_quote_carries_its_span_id_mentions_evidence_and_report_date()
    {
        var analysis = QuoteFixture.Run(Text, Entities);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Oslo has been a good host", quote.Text);
        Assert.Equal(quote.Text, quote.Span.Slice(Text));
        Assert.Equal(StableId.ForQuote("doc", quote.Span, quote.Text), quote.Id);
        Assert.Equal([StableId.ForEntity(EntityType.Location, "Oslo")], quote.MentionIds);
        Assert.Equal("speaker-verb-after-quote", quote.Evidence.Rule);
        Assert.Equal("doc", quote.Evidence.DocumentId);
        Assert.True(quote.Time!.IsReportDate);
        Assert.Equal("2024-05-14", quote.Time.Value);
    }

    [Fact]
    public void Running_twice_gives_the_same_quotes()
    {
        var first = QuoteFixture.Run(Text, Entities).Quotes;
        var second = QuoteFixture.Run(Text, Entities).Quotes;
        Assert.Equal(first.Select(q => (q.Id, q.SpeakerId, q.AddresseeId)), second.Select(q => (q.Id, q.SpeakerId, q.AddresseeId)));
    }

    [Fact]
    public void Quote_spans_lie_inside_the_text_for_any_input()
    {
        Gen.String[Gen.Char[" \"'\u201c\u201dabcAB,.:\n"], 0, 60].Sample(text =>
        {
            var analysis = QuoteFixture.Run(text);
            return analysis.Quotes.All(q => q.Span.Start >= 0 && q.Span.End <= text.Length && q.Span.Slice(text) == q.Text);
        });
    }
}
