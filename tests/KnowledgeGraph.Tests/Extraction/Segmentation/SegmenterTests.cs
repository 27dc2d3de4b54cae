using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Tests.Extraction.Segmentation;

public class SegmenterTests
{
    private static DocumentAnalysis Segment(string text)
    {
        var analysis = new DocumentAnalysis(new Document { Id = "d", Text = text, Source = "test" });
        new Segmenter().Run(analysis);
        return analysis;
    }

    [Theory]
    [InlineData("Mr. Hale met Dr. Ruiz in St. Paul. They talked.", 2)]
    [InlineData("The U.S. envoy arrived. She left on Monday.", 2)]
    [InlineData("\"We will win,\" she said. He disagreed.", 2)]
    [InlineData("Prices rose 3.5 percent. Stocks fell.", 2)]
    [InlineData("J. R. Tolkien wrote it. Nobody doubted it!", 2)]
    [InlineData("Profits rose. W.A. Brenn said so. A.B.M. Rafi agreed.", 3)]
    public void Sentences_split_at_terminal_punctuation_but_not_after_abbreviations(string text, int expected)
    {
        Assert.Equal(expected, Segment(text).Sentences.Count);
    }

    [Fact]
    public void Blank_lines_and_indented_lines_start_paragraphs_but_wrapped_lines_do_not()
    {
        var text = "Harbour Talks Resume\n\nThe talks resumed on\nTuesday in the port.\n    A second round is planned.";
        var a = Segment(text);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal(ParagraphKind.Headline, a.Paragraphs[0].Kind);
        Assert.Equal("The talks resumed on\nTuesday in the port.", a.Paragraphs[1].Span.Slice(text));
    }

    [Theory]
    [InlineData("Mills said: \"Demand in the U.S.\nEconomy is weak.\" He left.", 1)]
    [InlineData("\"We are talking to the lenders (and the banks)\nabout a deal,\" Ruiz said.", 1)]
    [InlineData("\u201cThe harbour (and the docks)\nwill reopen,\u201d the mayor said.", 1)]
    [InlineData("Exports rose in the U.S.\nImports fell.", 2)]
    [InlineData("\"The plan is dead.\n\"We start again,\" Ruiz said.", 2)]
    [InlineData("Ruiz said \"the plan is dead.\n Reuter", 2)]
    public void A_wrapped_line_ending_a_sentence_inside_an_open_quote_does_not_end_the_paragraph(string text, int paragraphs)
    {
        Assert.Equal(paragraphs, Segment(text).Paragraphs.Count);
    }

    [Theory]
    [InlineData("Acme cut jobs.\n    \"It hurts,\" said U.S.\nWest treasurer Ana Ruiz.\n    She left.", 3)]
    [InlineData("Acme cut jobs.\n    Shares of Holm Corp.\nfell on Monday.\n    She left.", 3)]
    [InlineData("Acme cut jobs in the U.S.\nShe left.", 2)]
    [InlineData("Acme cut jobs.\n    It sold plants in the U.S.\n    She left.", 3)]
    [InlineData("Acme cut jobs.\n    Most went to the Organisation for Trade (OFT)\ncountries, she said.\n    She left.", 3)]
    [InlineData("Acme cut jobs.\n    It sold plants (in Ohio)\n    She left.", 3)]
    public void Where_indents_mark_paragraphs_a_line_ending_in_an_abbreviation_or_before_a_lower_case_line_is_wrapped(string text, int paragraphs)
    {
        Assert.Equal(paragraphs, Segment(text).Paragraphs.Count);
    }

    [Fact]
    public void A_last_sentence_ending_in_a_company_abbreviation_stays_a_body_paragraph_before_the_sign_off()
    {
        var a = Segment("Acme cut jobs.\n    \"Growth is slowing,\" said Ana Ruiz of Holm Brothers Inc.\n Reuter");
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal(ParagraphKind.Body, a.Paragraphs[1].Kind);
        Assert.EndsWith("Holm Brothers Inc.", a.Paragraphs[1].Span.Slice(a.Text));
    }

    [Fact]
    public void Photo_captions_and_section_headings_are_marked()
    {
        var text = "Mayor Wins Vote\n\n(FILES) The mayor speaks in Lyon on May 2, 2024. (Photo by ANA SILVA / AFP)\n\nThe council voted.\n\nA new term\n\nShe begins next week.";
        var kinds = Segment(text).Paragraphs.Select(p => p.Kind).ToList();
        Assert.Equal([ParagraphKind.Headline, ParagraphKind.Caption, ParagraphKind.Body, ParagraphKind.Heading, ParagraphKind.Body], kinds);
    }

    [Fact]
    public void Sentence_spans_lie_inside_the_text_and_in_order()
    {
        var text = "One. Two three. \"Four?\" Five!\n\nSix.";
        var a = Segment(text);
        var previousEnd = 0;
        foreach (var s in a.Sentences)
        {
            Assert.True(s.Span.Start >= previousEnd && s.Span.End <= text.Length);
            previousEnd = s.Span.End;
        }
    }
}
