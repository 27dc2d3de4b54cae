using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class TriggerFinderTests
{
    private static List<string> Triggers(string sentence)
    {
        var a = EventTestSupport.Analyse(sentence);
        var s = new SentenceContext(a, a.Sentences[0]);
        return [.. new TriggerFinder(EventTypeCatalog.Default).Find(s).Select(h => $"{h.Type}:{h.Text}")];
    }

    [Theory]
    [InlineData("The navy launched three cruise missiles into the gulf.", "Launch:launched")]
    [InlineData("Engineers toured the rocket launch site near the coast.", "Visit:toured")]
    [InlineData("The ministers signed a trade agreement on Friday.", "Agreement:signed Agreement:agreement")]
    [InlineData("The envoy signed the guest book at the embassy.", "")]
    [InlineData("Thousands of members have signed up to vote.", "Election:vote")]
    [InlineData("She became party leader in 2019.", "Appointment:became")]
    [InlineData("The dispute has become a war of attrition.", "")]
    [InlineData("The firm launched a marketing campaign.", "")]
    [InlineData("He has never held elected office.", "")]
    [InlineData("The coalition won the election by a wide margin.", "Election:won Election:election")]
    [InlineData("The striker won the match in extra time.", "")]
    [InlineData("Rebels shelled the town overnight.", "Attack:shelled")]
    [InlineData("The two sides struck a deal after midnight.", "Agreement:struck")]
    [InlineData("She handed in a resignation letter on Monday.", "Resignation:resignation letter")]
    [InlineData("The unions urged members to end arms talks.", "Appeal:urged")]
    [InlineData("The mayor spoke at a news conference.", "PressConference:news conference")]
    [InlineData("The death toll rose to twelve.", "")]
    [InlineData("Dockers said the strike would go on.", "")]
    [InlineData("Lenders are resigned to heavy losses.", "")]
    [InlineData("The broker pleaded guilty to fraud.", "")]
    [InlineData("The republic will meet its debt obligations.", "")]
    [InlineData("Power cuts and transport strikes hit the capital.", "")]
    [InlineData("Two missiles struck the depot.", "Attack:struck")]
    [InlineData("She left on her second official visit to the region.", "Visit:visit")]
    [InlineData("The council joined the union in opposing new sanctions.", "Oppose:opposing")]
    public void Triggers_are_found_only_where_the_word_names_an_event(string sentence, string expected)
    {
        Assert.Equal(expected, string.Join(" ", Triggers(sentence)));
    }

    [Theory]
    [InlineData("Her visit ended early.", EventType.Visit, true)]
    [InlineData("They will visit the museum.", EventType.Visit, false)]
    [InlineData("The attack began at dawn.", EventType.Attack, true)]
    [InlineData("Rebels could attack the base.", EventType.Attack, false)]
    public void A_word_that_is_both_noun_and_verb_is_read_from_the_word_before_it(string sentence, EventType type, bool isNoun)
    {
        var a = EventTestSupport.Analyse(sentence);
        var hit = Assert.Single(new TriggerFinder(EventTypeCatalog.Default).Find(new SentenceContext(a, a.Sentences[0])));
        Assert.Equal(type, hit.Type);
        Assert.Equal(isNoun, hit.IsNoun);
    }
}
