namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Role phrases around a name: "Holm Motors managing director Ana Ruiz" (a firm, roles, then the
/// name) and "the presidential spokesman" (a definite role that refers back to a person).
/// </summary>
internal static class RolePhrase
{
    // "the presidential spokesman": how far before a role its "the" and modifiers may start.
    private const int MaxModifierChars = 40;

    /// <summary>"Holm Securities vice president and treasurer Lena Berg": capitalised words, lower-case roles, then the name's tokens.</summary>
    public static List<PhraseToken>? NameAfterFirmRoles(string text, PhraseBounds bounds, int from, int limit)
    {
        const int maxWords = 12;
        var pos = from;
        var sawFirm = false;
        var sawRole = false;
        for (var n = 0; n < maxWords && PhraseReader.WordAfter(text, pos, limit) is { } w && !bounds.HasPunctuation(pos, w.Span.Start); n++)
        {
            if (w.IsCapitalised && sawRole)
            {
                return PhraseReader.Forward(text, w.Span.Start, limit).TakeWhile(t => t.IsCapitalised).ToList();
            }

            if (w.IsCapitalised || w.Text is "and" or "of" or "&" && sawFirm && !sawRole)
            {
                sawFirm |= w.IsCapitalised;
            }
            else if (NameLexicon.IsRole(w.Text) && (sawFirm || sawRole) || w.Text == "and" && sawRole || sawFirm && IsModifier(text, w, limit))
            {
                sawRole = true;
            }
            else
            {
                return null;
            }

            // Past the closing dot of "U.S." or of a legal form ("Holm Securities Ltd. analyst Ana Ruiz").
            pos = w.Span.End < limit && text[w.Span.End] == '.' && (char.IsUpper(text[w.Span.End - 1]) || w.Text is "Ltd" or "Inc" or "Co" or "Corp" or "Plc")
                ? w.Span.End + 1 : w.Span.End;
        }

        return null;
    }

    /// <summary>Where "the" opens "the spokesman" or "the presidential spokesman": up to two lower-case modifiers before the role.</summary>
    public static int? DefiniteBefore(string text, PhraseToken role)
    {
        const int maxModifiers = 2;
        var pos = role.Span.Start;
        for (var n = 0; n <= maxModifiers && PhraseReader.WordBefore(text, pos, Math.Max(0, pos - MaxModifierChars)) is { } w && OnlySpaces(text, w.Span.End, pos); n++)
        {
            if (w.Text is "the" or "The")
            {
                return w.Span.Start;
            }

            // "the group's president": a lower-case possessor is a modifier too.
            var possessor = NameHead.IsPossessive(w.Text) && w.Text[..^2].All(char.IsLower);
            if (n == maxModifiers || w.IsCapitalised || w.Text is "a" or "an" or "one" or "another" || !w.Text.All(char.IsLetter) && !possessor && !PhraseReader.IsAge(w.Text)
                || NameLexicon.NotBeforeSubject.Contains(w.Text) || SpeechVerbs.IsSpeechVerb(w.Text))
            {
                return null;
            }

            pos = w.Span.Start;
        }

        return null;
    }

    /// <summary>
    /// "the UAW chief", "the Holm Mining official", "the USDA farm secretary": the body a definite role phrase names (its
    /// capitalised words, with no name after the role); null for any other phrase.
    /// </summary>
    public static string? DefiniteBodyRole(string text, List<PhraseToken> tokens)
    {
        const int maxLowerModifiers = 1;
        if (tokens.Count < 3 || tokens[0].Text is not ("the" or "The") || tokens[^1].IsCapitalised || !NameLexicon.IsRole(tokens[^1].Text))
        {
            return null;
        }

        var middle = tokens.Skip(1).SkipLast(1).ToList();
        var body = middle.TakeWhile(t => t.IsCapitalised && !NameHead.IsPossessive(t.Text) && !NameLexicon.NotNames.Contains(t.Text)).ToList();
        var rest = middle.Skip(body.Count).ToList();
        return body.Count > 0 && rest.Count <= maxLowerModifiers && rest.All(t => !t.IsCapitalised && t.Text.All(char.IsLetter))
            ? text[body[0].Span.Start..body[^1].Span.End]
            : null;
    }

    /// <summary>", a Holm Bank lawyer," / ", the port's spokeswoman,": an apposition right after a name whose first words hold a role.</summary>
    public static bool HasRoleApposition(string text, int nameEnd)
    {
        const int maxWords = 5;
        if (nameEnd >= text.Length || text[nameEnd] != ',' || PhraseReader.WordAfter(text, nameEnd + 1, text.Length) is not { Text: "a" or "an" or "the" } determiner
            || !OnlySpaces(text, nameEnd + 1, determiner.Span.Start))
        {
            return false;
        }

        var pos = determiner.Span.End;
        for (var n = 0; n < maxWords && PhraseReader.WordAfter(text, pos, text.Length) is { } w && OnlySpaces(text, pos, w.Span.Start); n++)
        {
            if (!w.IsCapitalised && NameLexicon.IsRole(w.Text))
            {
                return true;
            }

            pos = w.Span.End;
        }

        return false;
    }

    /// <summary>"managing" in "Holm Motors managing director": a lower-case word right before a role.</summary>
    private static bool IsModifier(string text, PhraseToken word, int limit) =>
        word.Text.All(char.IsLetter) && PhraseReader.WordAfter(text, word.Span.End, limit) is { IsCapitalised: false } role
        && OnlySpaces(text, word.Span.End, role.Span.Start) && NameLexicon.IsRole(role.Text);

    private static bool OnlySpaces(string text, int start, int end) => text.AsSpan(start, Math.Max(0, end - start)).Trim().IsEmpty;
}
