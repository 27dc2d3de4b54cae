using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Speakers named by a description rather than a name: "the ministry said", "the company said",
/// "the spokesman added", "the Kenyan embassy said". Each resolves to an entity the article named
/// earlier, or to nobody when that is not clear.
/// </summary>
internal sealed partial class DescribedSpeakerResolver
{
    // "foreign ministry", "border police": the lower-case words an organisation noun may take.
    private const int MaxOrganisationNounWords = 2;

    private readonly DocumentAnalysis _analysis;

    public DescribedSpeakerResolver(DocumentAnalysis analysis) => _analysis = analysis;

    private string Text => _analysis.Text;

    /// <summary>
    /// "the Kenyan embassy said", "the Chilean foreign ministry said": a place (or its demonym) that
    /// only modifies an organisation noun; the organisation speaks, not the country.
    /// </summary>
    public SpeakerMatch? BodyOfPlace(List<PhraseToken> tokens, List<PhraseToken> head)
    {
        var next = tokens.FindIndex(t => t.Span.Start >= head[^1].Span.End);
        if (next < 0)
        {
            return null;
        }

        var last = -1;
        for (var i = next; i < tokens.Count && i < next + MaxOrganisationNounWords && !tokens[i].IsCapitalised; i++)
        {
            if (NameLexicon.DefiniteOrganisationHeads.Contains(tokens[i].Text) && !NameLexicon.TradeNouns.Contains(tokens[i].Text))
            {
                last = i;
            }
        }

        if (last < 0 || last != tokens.Count - 1)
        {
            return null;
        }

        var span = new TextSpan(head[0].Span.Start, tokens[last].Span.End);
        return CuedEntityRegistrar.Register(_analysis, EntityType.Organization, span.Slice(Text), span);
    }

    /// <summary>"the ministry said" / "the newspaper said": the last organisation so named; "the company said": the last business that spoke.</summary>
    public SpeakerMatch? DefiniteOrganisation(string head, int before)
    {
        var org = WithHead(head, before);
        org ??= NameLexicon.BusinessHeads.Contains(head) ? LastSpeakingOrganisation(before)
            : NameLexicon.PublicBodyHeads.Contains(head) && LastSpeakingOrganisation(before) is { } body && IsPublicBody(body) ? body
            : null;
        return org is null ? null : new SpeakerMatch(org.EntityId, org.Type, org.Span);
    }

    /// <summary>"the bank" after "Holm Bank", "the newspaper" after "the Harbour Times": the last organisation named with that head.</summary>
    public SpeakerMatch? OrganisationWithHead(string head, int before) => WithHead(head, before) is { } org ? new SpeakerMatch(org.EntityId, org.Type, org.Span) : null;

    private EntityMention? WithHead(string head, int before)
    {
        // "the newspaper said" after "the Harbour Times" or after "the government daily Vestnik".
        var isPaper = head is "newspaper" or "paper" or "daily" or "weekly" or "magazine";
        return _analysis.Mentions
            .Where(m => m.Type == EntityType.Organization && m.Span.End <= before)
            .LastOrDefault(m => HasWord(m.Text, head) || isPaper && (NameLexicon.NewspaperHeads.Contains(m.Text[(m.Text.LastIndexOf(' ') + 1)..])
                || PhraseReader.WordBefore(Text, m.Span.Start, Math.Max(0, m.Span.Start - 12)) is { Text: "daily" or "newspaper" or "weekly" or "magazine" }));
    }

    /// <summary>
    /// "the Chamber said" after "the Chamber of Mines": the organisation named with that head word; "the UAW chief said" after
    /// "UAW president Ana Ruiz": the person introduced with that body (a spokesman is someone other than the officer named).
    /// </summary>
    public SpeakerMatch? DefiniteDescription(List<PhraseToken> tokens)
    {
        if (tokens.Count == 2 && tokens[0].Text is "the" or "The" && tokens[1].IsCapitalised && Gazetteer.Default.Is(CueKind.OrgHead, tokens[1].Text)
            && !_analysis.MentionsIn(tokens[1].Span).Any())
        {
            return NamedWithWord(tokens[1].Text, tokens[0].Span.Start);
        }

        // "the Texas Democrat said" after "Senate Finance Committee chairman Ana Ruiz said": a politician described by state and party,
        // the last person the article named (never the party itself).
        if (tokens.Count >= 2 && tokens[0].Text is "the" or "The" && tokens[^1].Text is "Democrat" or "Republican" && tokens.Skip(1).All(t => t.IsCapitalised))
        {
            // The last legislator named: "President Reagan" or "a key Reagan ally" named after him is not the one described.
            const int maxCharsBack = 600;
            return _analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Person && m.Span.End <= tokens[0].Span.Start && m.Span.Start >= tokens[0].Span.Start - maxCharsBack
                    && LegislatorTitle().IsMatch(Text.AsSpan(Math.Max(0, m.Span.Start - 30), Math.Min(30, m.Span.Start)))) is { } last
                ? new SpeakerMatch(last.EntityId, EntityType.Person, last.Span)
                : null;
        }

        if (RolePhrase.DefiniteBodyRole(Text, tokens) is not { } bodyName)
        {
            return null;
        }

        // "the Toyota spokesman said" after "Toyota spokesman Jerry Brenn said": the spokesman named so, not an officer of the body.
        if (tokens[^1].Text.StartsWith("spokes", StringComparison.Ordinal))
        {
            return PersonIntroducedAs(tokens[^1].Text, tokens[0].Span.Start) is { } spokesman && PersonIntroducedWithBody(bodyName, tokens[0].Span.Start) is { } ofBody
                && spokesman.EntityId == ofBody.EntityId ? spokesman : null;
        }

        return PersonIntroducedWithBody(bodyName, tokens[0].Span.Start) ?? PersonIntroducedAs(tokens[^1].Text, tokens[0].Span.Start);
    }

    /// <summary>"the Chamber said" after "the Chamber of Mines": the last organisation whose name has that capitalised word.</summary>
    public SpeakerMatch? NamedWithWord(string word, int before)
    {
        var org = _analysis.Mentions
            .Where(m => m.Type == EntityType.Organization && m.Span.End <= before)
            .LastOrDefault(m => m.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 1 : 0).Contains(word, StringComparer.Ordinal));
        return org is null ? null : new SpeakerMatch(org.EntityId, org.Type, org.Span);
    }

    // "bank" in "Bank of Holm" or "Holm Savings Bank", not in "Holm Banking Corp"; "exchange" in "Holm Stock Exchange", not in "Securities
    // and Exchange Commission": the word ends the name or its part before "of".
    private static bool HasWord(string name, string word)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Select((w, i) => (w, i)).Any(x => x.w.Equals(word, StringComparison.OrdinalIgnoreCase)
            && (x.i == words.Length - 1 || words[x.i + 1] is "of" or "for" || IsLegalForm(words[(x.i + 1)..])));
    }

    // "Holm Bank Ltd", "Holm Group Inc": what follows the head word is only the legal form.
    private static bool IsLegalForm(string[] rest) => rest.All(w => w is "Ltd" or "Inc" or "Corp" or "Co" or "Plc" or "PLC" or "AG" or "SA" or "NV" or "Spa" or "SpA" or "GmbH" or "Limited" or "Corporation");

    /// <summary>The last organisation that spoke before <paramref name="before"/> ("The Harbour Board said ..."), or null.</summary>
    public SpeakerMatch? LastSpeakingBody(int before) =>
        LastSpeakingOrganisation(before) is { } org ? new SpeakerMatch(org.EntityId, org.Type, org.Span) : null;

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    // "the Harbour Statistics Office", or a body the gazetteer knows as a government's ("Statistics Canada").
    private bool IsPublicBody(EntityMention body) =>
        NameLexicon.PublicBodyHeads.Contains(LastWord(body.Text).ToLowerInvariant())
        || _analysis.Entities.TryGetValue(body.EntityId, out var entity) && entity.Subtype is "Government" or "International";

    /// <summary>
    /// "Acme Motors said it received an offer ... the company said": the last organisation that spoke before, also past
    /// a phrase set off by commas ("&lt;Acme Motors&gt;, reporting a lower profit, said").
    /// </summary>
    private EntityMention? LastSpeakingOrganisation(int before) =>
        _analysis.Mentions
            .Where(m => m.Type == EntityType.Organization && m.Span.End <= before)
            .LastOrDefault(m => PastCommaPhrase(PhraseReader.SkipTicker(Text, m.Span.End, before), before) is var end && SpeechCue.VerbsIn(Text, end, Math.Min(before, end + 40), maxWords: 2)
                .Any(v => !SpeechVerbs.IsParticiple(v.Text) && Text.AsSpan(end, v.Span.Start - end).Trim().Length <= 12));

    // ", reporting a lower profit," after a name: the position past its second comma, when both are in the same sentence; else pos.
    private int PastCommaPhrase(int pos, int limit)
    {
        const int maxPhraseChars = 100;
        var k = pos;
        while (k < limit && (char.IsWhiteSpace(Text[k]) || Text[k] == '>'))
        {
            k++;
        }

        if (k >= limit || Text[k] != ',')
        {
            return pos;
        }

        var close = Text.IndexOfAny([',', '.', ';', '"'], k + 1, Math.Min(maxPhraseChars, limit - k - 1));
        return close > 0 && Text[close] == ',' ? close + 1 : pos;
    }

    // A sentence end (". " but not the dots of "U.N."), a semicolon or a quote mark.
    [GeneratedRegex(@"(?<![A-Z])\.(?=\s)|;|""")]
    private static partial Regex ClauseEnds();

    // "Sen. ", "House Speaker ", "Republican leader ", "committee chairman " right before a name.
    [GeneratedRegex(@"\b(?:Sen|Senator|Rep|Representative|Congressman|Congresswoman|Speaker|[Ll]eader|[Cc]hairman|Governor|Gov)\.?\s+$")]
    private static partial Regex LegislatorTitle();
}
