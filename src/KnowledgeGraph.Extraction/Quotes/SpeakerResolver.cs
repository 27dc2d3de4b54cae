using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Turns the noun phrase next to a speech verb into an entity: a mention the recogniser found, a
/// clearly cued name it missed ("said pollster Jean Dupont"), a surname of a person named earlier,
/// an agency acronym ("told AFP"), or an organisation named by its head ("the ministry said").
/// </summary>
internal sealed partial class SpeakerResolver
{
    // "the Deputy Finance Minister": the title words a description may have before its head.
    private const int MaxTitleWords = 3;

    private readonly DocumentAnalysis _analysis;

    private readonly DescribedSpeakerResolver _described;

    private readonly PhraseBounds _bounds;

    public SpeakerResolver(DocumentAnalysis analysis)
    {
        _analysis = analysis;
        _described = new DescribedSpeakerResolver(analysis);
        _bounds = new PhraseBounds(analysis);
    }

    private string Text => _analysis.Text;

    /// <summary>
    /// The speaker of a speech verb in a sentence: "Ruiz said" -> Ruiz; "..., saying" and "... and said"
    /// -> the subject of the main clause; "quoted Ruiz as saying" -> Ruiz.
    /// </summary>
    public SpeakerMatch? ForVerb(int sentenceStart, PhraseToken verb)
    {
        var before = PhraseReader.WordBefore(Text, verb.Span.Start, sentenceStart);
        if (before is { Text: "as" } && SpeechVerbs.IsParticiple(verb.Text))
        {
            // "Ruiz was quoted as saying": step back over the passive to the name.
            var pos = before.Value.Span.Start;
            while (PhraseReader.WordBefore(Text, pos, sentenceStart) is { Text: "quoted" or "was" or "is" or "were" or "been" or "being" or "has" or "had" } w)
            {
                pos = w.Span.Start;
            }

            return Before(pos, sentenceStart);
        }

        if (SpeechVerbs.IsParticiple(verb.Text) || before is { Text: "and" })
        {
            return SubjectOf(new TextSpan(sentenceStart, verb.Span.Start), verb.Span.Start);
        }

        // "Ana Ruiz, head of research at Holm Bank said": the person, not the bank in her unclosed apposition.
        var found = Before(verb.Span.Start, sentenceStart);
        return found is { Type: EntityType.Person } ? found : OpenApposition.PersonBefore(this, Text, sentenceStart, verb.Span.Start) ?? found ?? PersonBeforeStrayComma(sentenceStart, verb.Span.Start);
    }

    // "D-Mass", "R-Ore.": party and state, as US wires write it after a legislator's name.
    private static bool IsPartyTag(string word) =>
        word.Length is >= 4 and <= 8 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]) && word.Skip(3).All(c => char.IsLower(c) || c == '.');

    /// <summary>
    /// "Trade representative Ana Ruiz, replied": the only comma before the verb is a stray one after the person's name;
    /// "The head of the unit, Ana Ruiz, told Reuters": the commas before the verb close a name in apposition, and nothing else.
    /// </summary>
    private SpeakerMatch? PersonBeforeStrayComma(int sentenceStart, int verbStart)
    {
        var k = verbStart - 1;
        while (k > sentenceStart && char.IsWhiteSpace(Text[k]))
        {
            k--;
        }

        if (k <= sentenceStart || Text[k] != ',')
        {
            return null;
        }

        var tokens = PhraseReader.Backward(Text, k, sentenceStart);
        var comma = Text.LastIndexOf(',', k - 1, k - sentenceStart);
        if (tokens.Count == 0 || comma >= 0 && !Text.AsSpan(comma + 1, tokens[0].Span.Start - comma - 1).IsWhiteSpace())
        {
            return null;
        }

        return Resolve(tokens) is { Type: EntityType.Person } person ? person : null;
    }

    /// <summary>
    /// The subject of a sentence: the name at its start or at the start of a clause after a fronted
    /// phrase ("Ahead of the vote, Berg signed ..."), followed by a verb or an apposition.
    /// </summary>
    public SpeakerMatch? SubjectOf(TextSpan sentence, int before)
    {
        var clauseStart = sentence.Start;
        while (clauseStart < before)
        {
            // "<Holm Faber Plc> said ...": the brackets Reuters puts round the company a story is about.
            var from = Text[clauseStart] == '<' ? clauseStart + 1 : clauseStart;
            var tokens = PhraseReader.Forward(Text, from, before);
            if (tokens.Count > 0 && tokens[0].Span.Start - from <= 1)
            {
                // "White House spokesman Ana Ruiz defended ... and said": the person the roles introduce, not the organisation.
                if (PersonAfterFirmRoles(clauseStart, before) is { } person)
                {
                    return person;
                }

                var end = PhraseReader.SkipTicker(Text, tokens[^1].Span.End, before);
                if (from > clauseStart && end < before && Text[end] == '>')
                {
                    end++;
                }

                var next = PhraseReader.WordAfter(Text, end, before);
                // Not "Exchanges and telecommunications authorities limit ...": a word no one has named joined to a common noun.
                var followedByVerbOrApposition = end < Text.Length && Text[end] == ','
                    || next is { IsCapitalised: false } n && !NameLexicon.Connectors.Contains(n.Text) && OnlySpaces(end, n.Span.Start)
                    && !(n.Text is "and" or "or" && tokens.Count == 1 && !_analysis.MentionsIn(tokens[0].Span).Any());
                if (followedByVerbOrApposition && !NameHead.IsPossessive(tokens[^1].Text) && Resolve(tokens) is { } m)
                {
                    return m;
                }
            }

            var comma = Text.IndexOf(',', clauseStart, before - clauseStart);
            clauseStart = comma < 0 ? before : comma + 2;
        }

        return null;
    }

    /// <summary>The entity a phrase names, or null when it names none we can trust.</summary>
    public SpeakerMatch? Resolve(List<PhraseToken> tokens)
    {
        // "Rep. Ana Ruiz, D-Ore, said": a party tag is never the speaker, even when the recogniser took it for a name.
        if (tokens.Count == 0 || tokens.Count == 1 && IsPartyTag(tokens[0].Text))
        {
            return null;
        }

        // "May said" after "analyst Rick May": a surname that is also a month or a common word.
        if (tokens.Count == 1 && NameLexicon.NotNames.Contains(tokens[0].Text)
            && _analysis.Entities.Values.FirstOrDefault(e => e.Type == EntityType.Person && e.Name.EndsWith(" " + tokens[0].Text, StringComparison.Ordinal)) is { } surnamed)
        {
            return CuedEntityRegistrar.Register(_analysis, EntityType.Person, surnamed.Name, tokens[0].Span);
        }

        // "analyst Rick May": a person the recogniser found whole, though a word of the name is also a month.
        var whole = new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End);
        if (tokens.Count > 1 && tokens.Any(t => NameLexicon.NotNames.Contains(t.Text))
            && _analysis.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Span == whole) is { } exact)
        {
            return new SpeakerMatch(exact.EntityId, exact.Type, exact.Span);
        }

        // "one Japanese refiner said": a company of some place, not the place.
        if (!tokens[^1].IsCapitalised && NameLexicon.TradeNouns.Contains(tokens[^1].Text) && tokens[0].Text is not ("the" or "The"))
        {
            return null;
        }

        // "the ministry said", "the foreign ministry said": the organisation named earlier.
        if (tokens[0].Text is "the" or "The" && tokens.Count >= 2 && tokens.Skip(1).All(t => !t.IsCapitalised || NameHead.IsHyphenatedModifier(t.Text)) && NameLexicon.DefiniteOrganisationHeads.Contains(tokens[^1].Text))
        {
            return _described.DefiniteOrganisation(tokens[^1].Text, tokens[0].Span.Start);
        }

        // "the Chamber said", "the UAW chief said": an organisation or person the article named before.
        if (_described.DefiniteDescription(tokens) is { } described)
        {
            return described;
        }

        // "the spokesman said", "the presidential spokesman added" after "White House spokesman Ana Ruiz said": the person that role introduced.
        if (!tokens[^1].IsCapitalised && NameLexicon.IsRole(tokens[^1].Text) && RolePhrase.DefiniteBefore(Text, tokens[^1]) is { } definite)
        {
            return _described.PersonIntroducedAs(tokens[^1].Text, definite) ?? _described.ExecutiveJustQuoted(tokens[^1].Text, definite);
        }

        // "the Finance Minister said" after "Finance Minister Ana Ruiz said": a title alone, as the person it introduced.
        if (tokens.Count is >= 2 and <= MaxTitleWords + 1 && tokens[0].Text is "the" or "The" && tokens.Skip(1).All(t => t.IsCapitalised && !NameHead.IsPossessive(t.Text)) && NameLexicon.Titles.Contains(tokens[^1].Text))
        {
            return _described.PersonIntroducedAs(tokens[^1].Text, tokens[0].Span.Start);
        }

        // "the company's meteorologist said": a person described by a role, not the organisation; the person when the article introduced them so.
        if (!tokens[^1].IsCapitalised && NameLexicon.IsRole(tokens[^1].Text))
        {
            return tokens.Count >= 2 && NameHead.IsPossessive(tokens[^2].Text) && tokens.SkipLast(1).All(t => t.IsCapitalised)
                ? _described.PersonIntroducedAsPossessed(Text[tokens[0].Span.Start..tokens[^2].Span.End], tokens[^1].Text, tokens[0].Span.Start)
                : null;
        }

        // "West German Minister of State Hans Brenn told": the person the recogniser found at the end of a titled phrase.
        var phraseSpan = new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End);
        if (tokens.Any(t => NameLexicon.Titles.Contains(t.Text)) && tokens.All(t => t.IsCapitalised || t.Text is "of" or "and")
            && _analysis.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Span.End == phraseSpan.End && m.Span.Start > phraseSpan.Start
                && tokens.TakeWhile(t => t.Span.End <= m.Span.Start).Any(t => NameLexicon.Titles.Contains(t.Text))) is { } titledPerson)
        {
            return new SpeakerMatch(titledPerson.EntityId, titledPerson.Type, titledPerson.Span);
        }

        var head = NameHead.HeadRun(tokens);
        if (head.Count == 0)
        {
            return null;
        }

        var headSpan = new TextSpan(head[0].Span.Start, head[^1].Span.End);
        // "<AB Bofors>" then "Bofors said": the bracketed company, unless the recogniser already made the word an organisation.
        if (head.Count == 1 && !_analysis.Mentions.Any(m => m.Type == EntityType.Organization && m.Span.Overlaps(headSpan)) && BracketedCompany.Containing(Text, head[0].Text) is { } company)
        {
            return CuedEntityRegistrar.Register(_analysis, EntityType.Organization, company, headSpan);
        }

        // "Bank of Vestby Governor Ana Berg said": the person the phrase ends with, not the bank before her title.
        var found = _analysis.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Span.End == headSpan.End && m.Span.Start > headSpan.Start && headSpan.Contains(m.Span.Start)
                && PhraseReader.WordBefore(Text, m.Span.Start, headSpan.Start) is { } title && (NameLexicon.IsTitle(title.Text) || NameLexicon.IsRole(title.Text)))
            ?? _analysis.Mentions.FirstOrDefault(m => m.Span.Overlaps(headSpan) && m.Type != EntityType.Other);
        if (found is { Type: EntityType.Location } && _described.BodyOfPlace(tokens, head) is { } body)
        {
            return body;
        }

        // "according to Tomas Brenn, a Holm Bank lawyer,": a name typed as a place whose apposition gives it a role is a person.
        if (found is { Type: EntityType.Location } && found.Span == headSpan && head.Count is 2 or 3 && RolePhrase.HasRoleApposition(Text, headSpan.End))
        {
            return CuedEntityRegistrar.Register(_analysis, EntityType.Person, string.Join(' ', headSpan.Slice(Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), headSpan);
        }

        // "the Vestby Grain Press Agency said", "the Italian Treasury said": a place inside an organisation's name, or the
        // country before a body the recogniser read alone, is not the speaker.
        if (found is { Type: EntityType.Location } && found.Span != headSpan && head.Count is >= 2 and <= 4 && NameLexicon.OrganisationHeads.Contains(head[^1].Text)
            && !_analysis.Mentions.Any(m => m.Type == EntityType.Organization && m.Span.Overlaps(headSpan) && !(found.Span.Start == headSpan.Start && m.Span.End == headSpan.End)))
        {
            return CuedEntityRegistrar.Register(_analysis, EntityType.Organization, string.Join(' ', headSpan.Slice(Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), headSpan);
        }

        if (found is not null)
        {
            return new SpeakerMatch(found.EntityId, found.Type, found.Span);
        }

        // "Vestby Weather News Agency": a fourth word only when the last is an organisation head.
        if ((head.Count is 2 or 3 || head.Count == 4 && NameLexicon.OrganisationHeads.Contains(head[^1].Text)) && head.All(t => !NameLexicon.NotNames.Contains(t.Text) && !NameLexicon.Titles.Contains(t.Text)))
        {
            var name = string.Join(' ', headSpan.Slice(Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var type = NameLexicon.OrganisationHeads.Contains(head[^1].Text) ? EntityType.Organization : EntityType.Person;
            return CuedEntityRegistrar.Register(_analysis, type, name, headSpan);
        }

        if (head.Count == 1)
        {
            return SingleWordSpeaker.Resolve(_analysis, head[0]);
        }

        var phrase = new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End);
        var any = _analysis.Mentions.FirstOrDefault(m => m.Span.Overlaps(phrase) && m.Type is EntityType.Person or EntityType.Organization);
        return any is null ? null : new SpeakerMatch(any.EntityId, any.Type, any.Span);
    }

    private bool OnlySpaces(int start, int end) => Text.AsSpan(start, Math.Max(0, end - start)).Trim().IsEmpty;
}
