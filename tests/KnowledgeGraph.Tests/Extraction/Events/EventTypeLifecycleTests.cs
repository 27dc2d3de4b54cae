using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Extraction.Events;

/// <summary>Every event type, each with its own sentences: a status other than occurred, and merging within and across articles.</summary>
public class EventTypeLifecycleTests
{
    [Theory]
    [InlineData("President Anna Berg will meet Prime Minister Tomas Lind in Lisbon.", EventType.Meeting, EventStatus.Planned)]
    [InlineData("President Anna Berg did not visit Lisbon.", EventType.Visit, EventStatus.Denied)]
    [InlineData("Mayor Lena Ortiz is expected to announce a new housing plan.", EventType.Announcement, EventStatus.Planned)]
    [InlineData("Senator Paul Brandt could urge Governor Ines Vale to act.", EventType.Appeal, EventStatus.Hypothetical)]
    [InlineData("Minister Karl Dorn will warn Governor Ines Vale of reprisals.", EventType.Warning, EventStatus.Planned)]
    [InlineData("Governor Ines Vale may deny the reports.", EventType.Deny, EventStatus.Hypothetical)]
    [InlineData("Chancellor Eva Roth plans to reject the proposal.", EventType.Oppose, EventStatus.Planned)]
    [InlineData("President Anna Berg failed to sign a border treaty with Prime Minister Tomas Lind.", EventType.Agreement, EventStatus.Failed)]
    [InlineData("The Coastal Defence Agency failed to launch a satellite.", EventType.Launch, EventStatus.Failed)]
    [InlineData("The Northern Liberation Council denied attacking a convoy near Dalen.", EventType.Attack, EventStatus.Denied)]
    [InlineData("The Trade Council will impose sanctions on the Harbour Shipping Company.", EventType.Sanction, EventStatus.Planned)]
    [InlineData("The Green Party looked likely to win the election in Dalen.", EventType.Election, EventStatus.Hypothetical)]
    [InlineData("Senator Paul Brandt is set to become party leader.", EventType.Appointment, EventStatus.Planned)]
    [InlineData("Minister Karl Dorn announced that he would resign.", EventType.Resignation, EventStatus.Announced)]
    [InlineData("Mayor Lena Ortiz will speak at a press conference in Porto on June 3.", EventType.PressConference, EventStatus.Planned)]
    [InlineData("The Border Police Agency failed to arrest Senator Paul Brandt in Dalen.", EventType.Arrest, EventStatus.Failed)]
    [InlineData("Officials denied that General Omar Sayed died in Dalen.", EventType.Death, EventStatus.Denied)]
    public void Each_event_type_takes_its_status_from_its_clause(string sentence, EventType type, EventStatus status)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(status, e.Status);
    }

    public static TheoryData<string, EventType> TwoReports => new()
    {
        { "President Anna Berg met Prime Minister Tomas Lind in Lisbon.", EventType.Meeting },
        { "President Anna Berg visited Lisbon.", EventType.Visit },
        { "Mayor Lena Ortiz announced a new housing plan.", EventType.Announcement },
        { "Senator Paul Brandt urged Governor Ines Vale to act.", EventType.Appeal },
        { "Minister Karl Dorn warned Governor Ines Vale of reprisals.", EventType.Warning },
        { "Governor Ines Vale denied the reports.", EventType.Deny },
        { "Chancellor Eva Roth rejected the proposal.", EventType.Oppose },
        { "President Anna Berg signed a border treaty with Prime Minister Tomas Lind.", EventType.Agreement },
        { "The Coastal Defence Agency launched two ballistic missiles into the sea.", EventType.Launch },
        { "The Northern Liberation Council attacked a convoy near Dalen.", EventType.Attack },
        { "The Trade Council imposed sanctions on the Harbour Shipping Company.", EventType.Sanction },
        { "The Green Party won the election in Dalen.", EventType.Election },
        { "Senator Paul Brandt became party leader.", EventType.Appointment },
        { "Minister Karl Dorn resigned.", EventType.Resignation },
        { "Mayor Lena Ortiz spoke at a press conference in Porto.", EventType.PressConference },
        { "The Border Police Agency arrested Senator Paul Brandt in Dalen.", EventType.Arrest },
        { "General Omar Sayed died in Dalen.", EventType.Death },
    };

    [Theory]
    [MemberData(nameof(TwoReports))]
    public void Two_reports_of_one_event_in_an_article_are_one_event_with_two_evidence_spans(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence + " Officials said " + LowerArticle(sentence));
        var e = Assert.Single(a.Events, x => x.Type == type);
        var spans = new[] { e.Evidence }.Concat(e.MoreEvidence).Select(x => x.SentenceSpan).Distinct().Count();
        Assert.Equal(2, spans);
    }

    [Theory]
    [MemberData(nameof(TwoReports))]
    public void The_same_event_in_two_articles_has_one_id_and_one_node(string sentence, EventType type)
    {
        var one = EventTestSupport.Analyse(sentence);
        var two = EventTestSupport.Analyse("Officials said " + LowerArticle(sentence), "2024-05-15");
        var first = Assert.Single(one.Events, x => x.Type == type);
        Assert.Equal(first.Id, Assert.Single(two.Events, x => x.Type == type).Id);
        var graph = new GraphBuilder().Add(one.ToExtraction()).Add(two.ToExtraction() with { Document = two.Document with { Id = "d2" } }).Build();
        var merged = Assert.Single(graph.Events, x => x.Type == type);
        Assert.Equal(2 * (first.MoreEvidence.Count + 1), merged.MoreEvidence.Count + 1); // both articles' words, on one node
    }

    // "The Trade Council ..." reported inside a sentence reads "the Trade Council ...".
    private static string LowerArticle(string sentence) =>
        sentence.StartsWith("The ", StringComparison.Ordinal) ? "the " + sentence[4..] : sentence;
}
