using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>The speaker written after a speech verb: "said pollster Jean Dupont", "said Holm Securities analyst Lena Berg".</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The speaker or addressee written after a verb: "said pollster Jean Dupont", "told AFP".</summary>
    public SpeakerMatch? After(int verbEnd, int limit)
    {
        var tokens = PhraseReader.Forward(Text, verbEnd, limit);
        if (tokens.Count > 0 && PossessedOrBracketed(verbEnd, tokens[^1].Span.End, limit) is { } owned)
        {
            return owned;
        }

        // "said Holm Securities assistant manager Lena Berg": the person the roles introduce, not the firm before them.
        if (PersonAfterFirmRoles(verbEnd, limit) is { } person)
        {
            return person;
        }

        // "said company spokesman Lena Berg": the body's noun before the role.
        if (tokens.Count == 0 && PhraseReader.WordAfter(Text, verbEnd, limit) is { IsCapitalised: false } body && NameLexicon.DefiniteOrganisationHeads.Contains(body.Text)
            && PhraseReader.Forward(Text, body.Span.End, limit) is { Count: > 1 } described && NameLexicon.IsRole(described[0].Text) && described[^1].IsCapitalised)
        {
            tokens = described;
        }

        // "said private market analyst Ana Ruiz", "said financial services analyst Ana Ruiz at Holm": lower-case words, a role, a name.
        if (tokens.Count == 0 && DescribedThenNamed(verbEnd, limit) is { } described2)
        {
            return described2;
        }

        // "said Leo de Corel of Holm Bank's research department": the person before "of".
        if (tokens.FindIndex(t => t.Text == "of") is > 0 and var of && Resolve(tokens[..of]) is { Type: EntityType.Person } beforeOf)
        {
            return beforeOf;
        }

        // "according to Latin American officials": the name only modifies the noun that follows it;
        // "said Holm Securities analyst Lena Berg": unless a role there introduces a name.
        if (tokens.Count > 0 && PhraseReader.WordAfter(Text, tokens[^1].Span.End, limit) is { IsCapitalised: false } next
            && OnlySpaces(tokens[^1].Span.End, next.Span.Start) && !NameLexicon.FollowsName.Contains(next.Text))
        {
            return NameLexicon.IsRole(next.Text) && PhraseReader.Forward(Text, next.Span.End, limit) is { Count: > 0 } named && named[0].IsCapitalised
                ? Resolve(named)
                : null;
        }

        return Resolve(tokens);
    }

    /// <summary>
    /// '"...," said the group's chief executive, Ana Ruiz.' / '"...," said head of equities at Holm Securities, Ana Ruiz.': a description
    /// with a role, a comma, then the name that ends the clause.
    /// </summary>
    public SpeakerMatch? NamedAfterDescription(int verbEnd, int limit)
    {
        const int maxDescriptionWords = 10;
        var comma = Text.IndexOf(',', verbEnd, limit - verbEnd);
        if (comma < 0)
        {
            return null;
        }

        var description = Text[verbEnd..comma].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (description.Length is < 2 or > maxDescriptionWords || !description.Any(NameLexicon.IsRole) || char.IsUpper(description[0][0])
            || description.Any(w => SpeechVerbs.IsSpeechVerb(w) || w.Contains('"', StringComparison.Ordinal)))
        {
            return null;
        }

        var name = PhraseReader.Forward(Text, comma + 1, limit).TakeWhile(t => t.IsCapitalised).ToList();
        if (name.Count is < 2 or > 4)
        {
            return null;
        }

        var end = name[^1].Span.End;
        return (end >= limit || Text[end] is '.' or ',' or ';') && Resolve(name) is { Type: EntityType.Person } person && person.Span.End == end ? person : null;
    }

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks = System.Buffers.SearchValues.Create(",;:\"()");

    /// <summary>
    /// '"...," said former Nevada Sen. and Reagan confidant Paul Laxalt.' / 'said retired Adm. Eugene Carroll of ...': titles, roles and
    /// modifiers, then the person the recogniser found, who ends the clause.
    /// </summary>
    public SpeakerMatch? PersonAfterTitles(int verbEnd, int limit)
    {
        const int maxChars = 90;
        const int maxUnknownWords = 1;
        var person = _analysis.Mentions.FirstOrDefault(m => m.Span.Start >= verbEnd && m.Span.Start < Math.Min(limit, verbEnd + maxChars) && m.Type == EntityType.Person
            && !m.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(NameLexicon.IsTitle));
        if (person is null || Text.AsSpan(verbEnd, person.Span.Start - verbEnd).IndexOfAny(PhraseBreaks) >= 0
            || PhraseReader.WordAfter(Text, person.Span.End, limit) is { } next && next.Text != "of" && OnlySpaces(person.Span.End, next.Span.Start))
        {
            return null;
        }

        var unknown = 0;
        for (var pos = verbEnd; PhraseReader.WordAfter(Text, pos, person.Span.Start) is { } w; pos = w.Span.End)
        {
            if (w.IsCapitalised || w.Text is "and" or "of" or "the" || NameLexicon.IsRole(w.Text) || NameLexicon.IsTitle(w.Text))
            {
                continue;
            }

            if (SpeechVerbs.IsSpeechVerb(w.Text) || ++unknown > maxUnknownWords)
            {
                return null;
            }
        }

        return new SpeakerMatch(person.EntityId, person.Type, person.Span);
    }

    // Marks that end the firm's name before a possessive: "said Acme, the firm's ..." is not "Acme's".
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",.;:\"()");

    /// <summary>
    /// "said Holm de Zoete's Berg": the person the firm's possessive introduces; "said Holm Fleming (Securities) Ltd analyst
    /// Lena Berg": the person after a firm's name broken by a bracketed word.
    /// </summary>
    private SpeakerMatch? PossessedOrBracketed(int verbEnd, int nameEnd, int limit)
    {
        const int maxFirmChars = 40;
        var possessive = Text.IndexOf("'s ", verbEnd, Math.Min(maxFirmChars, limit - verbEnd), StringComparison.Ordinal);
        if (possessive > verbEnd && Text.AsSpan(verbEnd, possessive - verbEnd).IndexOfAny(ClauseMarks) < 0)
        {
            return PhraseReader.Forward(Text, possessive + 2, limit) is { Count: > 0 } owner && (owner[0].IsCapitalised || PhraseReader.IsSurnameParticle(owner[0].Text)) && Resolve(owner) is { Type: EntityType.Person } person ? person : null;
        }

        var open = nameEnd < limit - 1 && Text[nameEnd] == ' ' && Text[nameEnd + 1] == '(' ? nameEnd + 1 : -1;
        var close = open < 0 ? -1 : Text.IndexOf(')', open, Math.Min(30, limit - open));
        return close < 0 ? null : PersonAfterFirmRoles(close + 1, limit);
    }

    /// <summary>"Holm Securities vice president and treasurer Lena Berg": the person the roles introduce.</summary>
    private SpeakerMatch? PersonAfterFirmRoles(int from, int limit) =>
        RolePhrase.NameAfterFirmRoles(Text, _bounds, from, limit) is { } name && Resolve(name) is { Type: EntityType.Person } person ? person : null;

    private SpeakerMatch? DescribedThenNamed(int verbEnd, int limit)
    {
        const int maxModifiers = 3;
        var pos = verbEnd;
        for (var n = 0; n <= maxModifiers && PhraseReader.WordAfter(Text, pos, limit) is { IsCapitalised: false } w && OnlySpaces(pos, w.Span.Start); n++, pos = w.Span.End)
        {
            if (NameLexicon.IsRole(w.Text) && n > 0)
            {
                return PhraseReader.Forward(Text, w.Span.End, limit) is { Count: > 0 } named && named[0].IsCapitalised
                    && Resolve(named.TakeWhile(t => t.IsCapitalised).ToList()) is { Type: EntityType.Person } person ? person : null;
            }

            if (w.Text is "a" or "an" or "the" || !w.Text.All(char.IsLetter))
            {
                return null;
            }
        }

        return null;
    }
}
