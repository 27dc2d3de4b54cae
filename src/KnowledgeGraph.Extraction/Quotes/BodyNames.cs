using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds the organisation a description points at: the name in a run of words, the name written
/// right before or after an organisation noun ("the IMF team", "the port union, FNV,"), or the
/// organisation a sentence is about.
/// </summary>
internal sealed partial class BodyNames
{
    private readonly DocumentAnalysis _analysis;

    private readonly SpeakerResolver _speakers;

    private readonly DescribedSpeakerResolver _described;

    public BodyNames(DocumentAnalysis analysis, SpeakerResolver speakers, DescribedSpeakerResolver described)
    {
        _described = described;
        _analysis = analysis;
        _speakers = speakers;
    }

    private string Text => _analysis.Text;

    private static readonly HashSet<string> LeadersBodies = new(StringComparer.Ordinal) { "administration", "government", "cabinet" };

    public static bool IsLeadersBody(string noun) => LeadersBodies.Contains(noun);

    public SpeakerMatch? Organisation(List<PhraseToken> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(run[0].Span.Start, run[^1].Span.End);

        // "a Reagan administration official": a leader's name before "administration" or "government" names the body he leads;
        // "a Chilean government official" names a country, which the recogniser marks.
        if (run.Count > 1 && LeadersBodies.Contains(run[^1].Text) && run.SkipLast(1).All(t => t.IsCapitalised && !NameLexicon.NotNames.Contains(t.Text))
            && _analysis.MentionsIn(new TextSpan(run[0].Span.Start, run[^2].Span.End)).All(m => m.Type == EntityType.Person))
        {
            return CuedEntityRegistrar.Register(_analysis, EntityType.Organization, span.Slice(Text), span);
        }

        var mention = _analysis.Mentions.FirstOrDefault(m => m.Span.Overlaps(span) && m.Type != EntityType.Other);
        if (mention is not null)
        {
            // "a Campeau source" where "Campeau Corp" is named: the company that bears the founder's name.
            var named = span.Slice(Text);
            return mention.Type == EntityType.Organization ? new SpeakerMatch(mention.EntityId, mention.Type, mention.Span)
                : mention.Type == EntityType.Person && _analysis.Mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Text.StartsWith(named + " ", StringComparison.Ordinal)) is { } company
                    ? CuedEntityRegistrar.Register(_analysis, EntityType.Organization, _analysis.Entities[company.EntityId].Name, span)
                    : null;
        }

        // "an Exchange spokesman" after "the London Stock Exchange": the organisation named with that head word.
        return _speakers.Resolve(run) is { Type: EntityType.Organization } org ? org
            : run.Count == 1 && Gazetteer.Default.Is(CueKind.OrgHead, run[0].Text) ? _described.NamedWithWord(run[0].Text, run[0].Span.Start)
            : null;
    }

    /// <summary>
    /// "a commerce ministry spokeswoman", "a finance ministry official", "a central bank statement": a ministry or central bank the
    /// wire wrote in lower case, named by its portfolio when the article names it nowhere else.
    /// </summary>
    public SpeakerMatch? PortfolioMinistry(List<PhraseToken> modifiers)
    {
        // "a central bank statement": the country's central bank, as the wire writes it.
        var centralBank = modifiers.Count >= 2 && modifiers[^2].Text == "central" && modifiers[^1].Text == "bank";
        if (modifiers.Count < 2 || !centralBank && (modifiers[^1].Text != "ministry" || !Portfolio.Contains(modifiers[^2].Text)))
        {
            return null;
        }

        // "the Bank of Norland ... a central bank statement": the central bank the article named.
        if (centralBank && _analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Organization && m.Span.End <= modifiers[0].Span.Start
                && (m.Text.Contains("Central Bank", StringComparison.Ordinal) || m.Text.StartsWith("Bank of ", StringComparison.Ordinal))) is { } named)
        {
            return new SpeakerMatch(named.EntityId, named.Type, named.Span);
        }

        var span = new TextSpan(modifiers[^2].Span.Start, modifiers[^1].Span.End);
        var name = centralBank ? "Central Bank" : char.ToUpperInvariant(modifiers[^2].Text[0]) + modifiers[^2].Text[1..] + " Ministry";
        return CuedEntityRegistrar.Register(_analysis, EntityType.Organization, name, span);
    }


    /// <summary>"an IMF team ... the team's report": the organisation written right before the noun.</summary>
    public SpeakerMatch? NamedBeforeNoun(string noun, int before)
    {
        var mention = _analysis.Mentions
            .Where(m => m.Type == EntityType.Organization && m.Span.End <= before)
            .LastOrDefault(m => PhraseReader.WordAfter(Text, m.Span.End, Math.Min(Text.Length, m.Span.End + 30)) is { } w && w.Text == noun && Text.AsSpan(m.Span.End, w.Span.Start - m.Span.End).IsWhiteSpace());
        return mention is null ? null : new SpeakerMatch(mention.EntityId, mention.Type, mention.Span);
    }

    /// <summary>"the port union, Dockers United, ..." then "a union spokesman": the organisation written right after the noun.</summary>
    public SpeakerMatch? NamedAfterNoun(string noun, int before)
    {
        var mention = _analysis.Mentions
            .Where(m => m.Type == EntityType.Organization && m.Span.End <= before)
            .LastOrDefault(m => PhraseReader.WordBefore(Text, m.Span.Start, Math.Max(0, m.Span.Start - 30)) is { } w
                && w.Text.Equals(noun, StringComparison.OrdinalIgnoreCase));
        if (mention is not null)
        {
            return new SpeakerMatch(mention.EntityId, mention.Type, mention.Span);
        }

        // "the port union, FNV, ...": a name the recogniser did not know, in apposition to the noun.
        var named = NounThenName().Matches(Text[..before]).LastOrDefault(m => m.Groups["noun"].Value.Equals(noun, StringComparison.OrdinalIgnoreCase));
        return named is null ? null
            : CuedEntityRegistrar.Register(_analysis, EntityType.Organization, named.Groups["name"].Value, new TextSpan(named.Groups["name"].Index, named.Groups["name"].Index + named.Groups["name"].Length));
    }

    /// <summary>"union, Dockers United," / "party, PNV,": a lower-case noun, then a capitalised name closed by a comma.</summary>
    [GeneratedRegex(@"\b(?<noun>\p{Ll}+), (?<name>\p{Lu}[\p{L}&.\-]*(?: \p{Lu}[\p{L}&.\-]*){0,4}),")]
    private static partial Regex NounThenName();

    /// <summary>"Acme Corp will close two plants, a company spokesman said": the organisation the sentence is about.</summary>
    public SpeakerMatch? SubjectOrganisation(int at)
    {
        var sentence = _analysis.SentenceAt(at);
        return sentence is null ? null : _speakers.SubjectOf(new TextSpan(sentence.Span.Start, at), at) is { Type: EntityType.Organization } org ? org : null;
    }

    /// <summary>"The Growers Union, GU, remains concerned about ...": the organisation the article's first sentence is about.</summary>
    public SpeakerMatch? LeadOrganisation()
    {
        var lead = _analysis.Sentences.FirstOrDefault(s => _analysis.Paragraphs[s.ParagraphIndex].Kind == Segmentation.ParagraphKind.Body);
        return lead is null ? null : _speakers.SubjectOf(lead.Span, lead.Span.End) is { Type: EntityType.Organization } org ? org : null;
    }

    /// <summary>
    /// "the Reagan administration", "the Brenn Administration": the leader's administration the article names, nearest before,
    /// as the speaker of the words "administration" at <paramref name="at"/>.
    /// </summary>
    public SpeakerMatch? NamedAdministration(int before, TextSpan at)
    {
        Match? chosen = null;
        foreach (Match m in LeaderAdministration().Matches(Text))
        {
            if (NameLexicon.NotNames.Contains(m.Groups["leader"].Value) || m.Groups["leader"].Value is "The" or "This" or "An" or "A")
            {
                continue;
            }

            if (chosen is null || m.Index < before)
            {
                chosen = m;
            }
        }

        return chosen is null ? null
            : CuedEntityRegistrar.Register(_analysis, EntityType.Organization, chosen.Groups["leader"].Value + " administration", at);
    }

    [GeneratedRegex(@"\b(?<leader>\p{Lu}\p{Ll}+)\s+[Aa]dministration\b")]
    private static partial Regex LeaderAdministration();
}
