using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Tests.Extraction.Time;

public class TimeAnchorTests
{
    private static TimeValue? AnchorOf(string text, string published, string clauseText)
    {
        var analysis = TimeTaggerTestHelper.Tag(text, published);
        var start = text.IndexOf(clauseText, StringComparison.Ordinal);
        return TimeAnchor.For(analysis, new TextSpan(start, start + clauseText.Length));
    }

    [Fact]
    public void An_expression_in_the_clause_wins_over_one_elsewhere_in_the_sentence()
    {
        var t = AnchorOf("The talks opened on Monday and the leaders signed the pact on Wednesday.", "2024-05-17", "the leaders signed the pact on Wednesday");
        Assert.Equal("2024-05-15", t!.Value);
        Assert.False(t.IsReportDate);
    }

    [Fact]
    public void Without_one_in_the_clause_the_sentence_time_is_used()
    {
        var t = AnchorOf("On Monday, as crowds gathered, the president resigned.", "2024-05-17", "the president resigned");
        Assert.Equal("2024-05-13", t!.Value);
    }

    [Fact]
    public void The_reference_time_is_carried_from_the_previous_sentence_of_the_paragraph()
    {
        var t = AnchorOf("The ministers met in Oslo on Tuesday. They agreed to extend the truce.", "2024-05-17", "They agreed to extend the truce");
        Assert.Equal("2024-05-14", t!.Value);
        Assert.False(t.IsReportDate);
    }

    [Fact]
    public void An_undated_fact_gets_the_report_date_flagged_as_such()
    {
        var t = AnchorOf("The ministers agreed to extend the truce.", "2024-05-17", "agreed to extend the truce");
        Assert.Equal("2024-05-17", t!.Value);
        Assert.True(t.IsReportDate);
    }

    [Fact]
    public void Durations_and_vague_references_do_not_date_a_fact()
    {
        var t = AnchorOf("The ministers now say the truce held for three weeks.", "2024-05-17", "the truce held");
        Assert.True(t!.IsReportDate);
    }

    [Fact]
    public void Without_a_publication_date_an_undated_fact_has_no_time() =>
        Assert.Null(AnchorOf("The ministers agreed to extend the truce.", null!, "agreed"));
}
