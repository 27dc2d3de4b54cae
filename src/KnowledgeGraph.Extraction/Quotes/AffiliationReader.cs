using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// An unnamed source who speaks for a named body: "a Bank of Norway spokesman", "a company spokeswoman",
/// "a senior central bank official", "a spokesman for Acme", "Treasury officials". Such a quote is the
/// body's word, so it goes to the organisation; "one banker" or "a U.S. official" name no body and stay
/// anonymous. A bare "the spokesman" or "the first official" takes the body of the last such source before it.
/// </summary>
internal sealed partial class AffiliationReader
{
    // Far enough back for "the spokesman said" to find "a Harbour Board spokesman" a few paragraphs up.
    private const int MaxCharsBackForBareRole = 1500;

    // "a senior central bank official": the words an unnamed source's description may take before its noun.
    private const int MaxModifierWords = 6;

    // "by the non partisan Harbour Research Service": an article and two adjectives at most.
    private const int MaxIssuerModifierWords = 3;

    /// <summary>Nouns for people who speak for a body rather than for themselves.</summary>
    private static readonly FrozenSet<string> SpokesRoles = new[]
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official", "officials",
        "aide", "aides", "source", "sources", "representative", "representatives", "officer", "officers", "analyst", "analysts",
        "broker", "brokers", "dealer", "dealers", "trader", "traders", "economist", "economists", "banker", "bankers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Documents quoted as if they spoke: "the report said", "the statement added".</summary>
    private static readonly string[] DocumentNouns =
    [
        "report", "statement", "study", "survey", "communique", "letter", "filing", "document", "release", "bulletin", "review",
        "prospectus", "resolution", "memorandum", "announcement", "circular", "editorial", "summary", "assessment", "declaration",
    ];

    private static readonly FrozenSet<string> Documents = DocumentNouns.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsDocument(string noun) => Documents.Contains(noun);

    /// <summary>Nouns for people who speak for a government: "a U.S. official" speaks for the United States.</summary>
    private static readonly FrozenSet<string> GovernmentRoles = new[]
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "representative", "representatives",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Openers = new[]
    {
        "a", "an", "the", "one", "another", "two", "three", "several", "some", "other", "but", "and", "however",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly DocumentAnalysis _analysis;

    private readonly SpeakerResolver _speakers;

    private readonly DescribedSpeakerResolver _described;

    private readonly BodyNames _bodies;

    public AffiliationReader(DocumentAnalysis analysis, SpeakerResolver speakers)
    {
        _analysis = analysis;
        _speakers = speakers;
        _described = new DescribedSpeakerResolver(analysis);
        _bodies = new BodyNames(analysis, speakers, _described);
    }

    private string Text => _analysis.Text;

    /// <summary>
    /// The organisation the unnamed source written in [start, end) speaks for, or null when the phrase is
    /// not such a source or names no body we can resolve.
    /// </summary>
    public SpeakerMatch? Of(int start, int end) => Of(start, end, followBareRole: true);

    private SpeakerMatch? Of(int start, int end, bool followBareRole)
    {
        var tokens = SourcePhrase.WithoutTime(SourcePhrase.Words(Text, start, end));

        // Only "the spokesman" refers back; "a spokesman" or "an official" with no body named is someone new.
        var definite = false;
        var oneOf = false;
        while (tokens.Count > 0 && Openers.Contains(tokens[0].Text))
        {
            definite |= tokens[0].Text is "the" or "The";
            oneOf |= tokens[0].Text is "one" or "One" or "another" or "Another";
            tokens.RemoveAt(0);
        }

        var role = tokens.FindIndex(t => SpokesRoles.Contains(t.Text));
        if (role < 0 && tokens.Count is > 0 and <= MaxModifierWords + 1 && Documents.Contains(tokens[^1].Text))
        {
            // "the Harbour Board report said": a document speaks for the body that issued it.
            return Issuer(tokens, start, followBareRole && definite);
        }

        // "said a statement issued by the Harbour Board".
        var document = tokens.FindIndex(t => Documents.Contains(t.Text));
        if (role < 0 && document is >= 0 and <= MaxModifierWords && IssuedBy(tokens[document].Span.End) is { } issuedBy)
        {
            return issuedBy;
        }

        if (role < 0 || role >= MaxModifierWords + 1)
        {
            return null;
        }

        // "quoted a Harbour Board spokesman as saying": the description ends at "as".
        if (role + 1 < tokens.Count && tokens[role + 1].Text == "as")
        {
            tokens.RemoveRange(role + 1, tokens.Count - role - 1);
        }

        // "a Holm Bank spokeswoman here said": an adverb of place or time between the role and the verb is not part of the description.
        if (role + 1 < tokens.Count && tokens.Skip(role + 1).All(t => t.Text is "here" or "there" or "today" or "yesterday" or "tonight" or "later"))
        {
            tokens.RemoveRange(role + 1, tokens.Count - role - 1);
        }

        // "a U.S. Government official in Tokyo said": where the source sits is not part of the description that names the body.
        if (role + 2 < tokens.Count && tokens[role + 1].Text == "in" && tokens.Take(role).Any(t => t.IsCapitalised) && tokens.Skip(role + 2).All(t => t.IsCapitalised)
            && _analysis.MentionsIn(new TextSpan(tokens[role + 2].Span.Start, tokens[^1].Span.End)).Any(m => m.Type == EntityType.Location))
        {
            tokens.RemoveRange(role + 1, tokens.Count - role - 1);
        }

        // "Norway's representative at the Harbour Board": the possessor names the body, not the place of work.
        if (tokens.Take(role).Any(t => t.IsCapitalised))
        {
            // "the Iranian spokesman" names a country, not a body: the one the last such source spoke for.
            return role == tokens.Count - 1 || tokens[role + 1].Text is "for" or "at" or "of" or "with" or "from"
                ? _bodies.Organisation(RunBefore(tokens, role)) ?? (followBareRole && definite && role == tokens.Count - 1 && NamesPlace(RunBefore(tokens, role)) ? EarlierSource(tokens[role].Text, start) : null)
                    ?? (!definite && GovernmentRoles.Contains(tokens[role].Text) ? Country([.. tokens.Take(role).SkipWhile(t => !t.IsCapitalised)]) : null)
                : null;
        }

        // "a spokesman for Ana Ruiz": the person her spokesman speaks for (an aide, who may speak of his minister, is not).
        if (tokens[role].Text.StartsWith("spokes", StringComparison.Ordinal) && role + 2 < tokens.Count && tokens[role + 1].Text == "for")
        {
            var principal = tokens.Skip(role + 2).TakeWhile(t => t.IsCapitalised).ToList();
            if (principal.Count > 0 && _speakers.Resolve(principal) is { Type: EntityType.Person } person)
            {
                return person;
            }
        }

        // "a spokesman for Acme Corp", "an official at the Harbour Board", "an official from Acme Corp".
        if (role + 2 < tokens.Count && tokens[role + 1].Text is "for" or "at" or "of" or "with" or "from")
        {
            // "an official at Colombia's National Growers Association": the body after the country that owns it;
            // "a spokesman for Montreal-based Alcan": the body after where it is based.
            var after = tokens.Skip(role + 2).SkipWhile(t => t.Text == "the" || t.Text.EndsWith("-based", StringComparison.Ordinal))
                .TakeWhile(t => t.IsCapitalised || NameLexicon.Connectors.Contains(t.Text)).ToList();
            // "an official at USDA's Foreign Agricultural Service": the agency of the department that owns it (not "Jardine's London office").
            if (after.Count > 1 && NameHead.IsPossessive(after[0].Text) && _analysis.MentionsIn(after[0].Span).FirstOrDefault() is { } owner
                && (owner.Type == EntityType.Location || owner.Type == EntityType.Organization && _bodies.Organisation(after[1..]) is not null))
            {
                after.RemoveAt(0);
            }

            // "a spokesman for the bank": the bank the article named, else the company the story is about.
            if (after.Count == 0 && tokens[role + 2].Text == "the" && role + 4 == tokens.Count && NameLexicon.DefiniteOrganisationHeads.Contains(tokens[^1].Text))
            {
                return _described.OrganisationWithHead(tokens[^1].Text, start) ?? (NameLexicon.BusinessHeads.Contains(tokens[^1].Text) ? _bodies.LeadOrganisation() : null)
                    ?? _described.DefiniteOrganisation(tokens[^1].Text, start);
            }

            return after.Count > 0 ? _bodies.Organisation(after) ?? NamedAfterPlace(tokens, role + 2 + after.Count) : null;
        }

        if (role != tokens.Count - 1)
        {
            return null;
        }

        var modifiers = tokens.Take(role).ToList();
        if (modifiers.Any(t => t.IsCapitalised))
        {
            // "a Nissan spokeswoman", "the USDA official"; "a U.S. official" or "a Japanese official" names a country, not a body.
            var run = modifiers.SkipWhile(t => !t.IsCapitalised).ToList();
            return _bodies.Organisation(run);
        }

        // "The Reagan administration is opposed ..., an administration official said": the administration the article names.
        if (modifiers is [.., { Text: "administration" } noun] && _bodies.NamedAdministration(start, noun.Span) is { } administration)
        {
            return administration;
        }

        if (modifiers.LastOrDefault(t => NameLexicon.DefiniteOrganisationHeads.Contains(t.Text)) is { Text: not null } head)
        {
            // "Oslo Shipping Corp plans a share issue, a company spokeswoman said": the company the sentence is about.
            return (modifiers.Count >= 2 && modifiers[^2].Text == "central" ? _bodies.PortfolioMinistry(modifiers) : null)
                ?? (!definite && NameLexicon.BusinessHeads.Contains(head.Text) ? _bodies.SubjectOrganisation(start) : null)
                ?? _described.DefiniteOrganisation(head.Text, start) ?? _bodies.NamedAfterNoun(head.Text, start) ?? _bodies.SubjectOrganisation(start)
                ?? _bodies.PortfolioMinistry(modifiers);
        }

        // "Acme Corp will close two plants, a spokeswoman said": a bare spokesman speaks for the organisation the sentence is about.
        // "The Harbour Board said it would ... A spokeswoman told Reuters ...": else the organisation that last spoke,
        // else the one the story opened with ("The Growers Union remains concerned ...").
        if (!definite && modifiers.Count == 0 && tokens[role].Text.StartsWith("spokes", StringComparison.Ordinal)
            && (_bodies.SubjectOrganisation(start) ?? _described.LastSpeakingBody(start) ?? _bodies.LeadOrganisation()) is { } subject)
        {
            return subject;
        }

        // "U.S. officials said ... one official said": one of the group of officials the story has just named.
        if (followBareRole && oneOf && modifiers.Count == 0 && GovernmentRoles.Contains(tokens[role].Text))
        {
            return EarlierSource(tokens[role].Text, start, Math.Max(0, start - MaxCharsBackForGroup));
        }

        // "the spokesman", "the first official": the body of the last unnamed source so described.
        return followBareRole && definite && modifiers.All(t => !t.IsCapitalised) ? EarlierSource(tokens[role].Text, start) : null;
    }

    // "a spokesman at Bombay stock brokers Holm and Brenn": after a place, a lower-case description or two, then the body's name.
    private SpeakerMatch? NamedAfterPlace(List<PhraseToken> tokens, int from)
    {
        const int maxDescriptionWords = 3;
        var described = tokens.Skip(from).TakeWhile(t => !t.IsCapitalised).Take(maxDescriptionWords + 1).Count();
        if (described is 0 or > maxDescriptionWords)
        {
            return null;
        }

        // The description says what the name is: "stock brokers Holm and Brenn" is one firm, though the recogniser read two people.
        var run = tokens.Skip(from + described).TakeWhile(t => t.IsCapitalised || NameLexicon.Connectors.Contains(t.Text) || t.Text is "and" or "&").ToList();
        if (run.Count == 0 || !run[^1].IsCapitalised)
        {
            return null;
        }

        var span = new TextSpan(run[0].Span.Start, run[^1].Span.End);
        return _bodies.Organisation(run) ?? (run.Count > 1 ? CuedEntityRegistrar.Register(_analysis, EntityType.Organization, span.Slice(Text), span) : null);
    }

    // "the Iranian spokesman": a place or its people (not "the Volvo spokesman", whose body the article has not named).
    private bool NamesPlace(List<PhraseToken> run) =>
        run.Count > 0 && run.All(t => NameLexicon.IsOriginAdjective(t.Text) || _analysis.MentionsIn(t.Span).Any(m => m.Type == EntityType.Location));

    /// <summary>"Radio Oslo quoted a Harbour Board spokesman": the capitalised run right before the role, not a name earlier in the clause.</summary>
    private static List<PhraseToken> RunBefore(List<PhraseToken> tokens, int role)
    {
        // "an Agriculture Department wheat analyst": past a lower-case modifier or two, but not past an article.
        var end = role;
        while (end > 0 && role - end < 2 && !tokens[end - 1].IsCapitalised && !Openers.Contains(tokens[end - 1].Text))
        {
            end--;
        }

        // "a Reagan administration official": the leader's name and the body noun together.
        if (end < role && end > 0 && tokens[end - 1].IsCapitalised && BodyNames.IsLeadersBody(tokens[end].Text))
        {
            var name = RunBefore(tokens, end);
            return name.Count > 0 && name[^1] == tokens[end - 1] ? [.. name, tokens[end]] : name;
        }

        role = end;
        var start = role;
        while (start > 0 && (tokens[start - 1].IsCapitalised || NameLexicon.Connectors.Contains(tokens[start - 1].Text) && start - 1 > 0 && tokens[start - 2].IsCapitalised))
        {
            start--;
        }

        return tokens.GetRange(start, role - start);
    }

    /// <summary>
    /// "a U.S. official", "Argentine officials", "an Indian trade official": the country whose government an unnamed official
    /// speaks for, when the description names one (a demonym names its country).
    /// </summary>
    private SpeakerMatch? Country(List<PhraseToken> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        // "a U.S. Sprint spokesman", "a Senate Iran committee aide", "a Japanese bank official": the country only qualifies a body.
        var span = new TextSpan(run[0].Span.Start, run[^1].Span.End);
        var country = _analysis.Mentions.FirstOrDefault(m => m.Span.Overlaps(span) && m.Type == EntityType.Location
            && _analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Subtype == "Country");
        return country is not null && run.All(t => t.IsCapitalised ? t.Span.Overlaps(country.Span) : !NameLexicon.DefiniteOrganisationHeads.Contains(t.Text) || t.Text == "government")
            ? new SpeakerMatch(country.EntityId, EntityType.Location, country.Span)
            : null;
    }
}
