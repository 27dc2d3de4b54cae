using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>The person a role refers back to: "the spokesman said" after "Acme spokesman Ana Ruiz", "the UAW chief", "the Chancellor".</summary>
internal sealed partial class DescribedSpeakerResolver
{
    /// <summary>
    /// The last person before <paramref name="before"/> written right after the role ("spokesman Ana Ruiz", "Finance Minister Ana Ruiz")
    /// or with it in apposition ("Ana Ruiz, a spokeswoman for the port,"); null when two different people were.
    /// </summary>
    public SpeakerMatch? PersonIntroducedAs(string role, int before)
    {
        var introduced = _analysis.Mentions
            .Where(m => m.Type == EntityType.Person && m.Span.End <= before)
            .Where(m => PhraseReader.WordBefore(Text, m.Span.Start, Math.Max(0, m.Span.Start - 40)) is { } w && w.Text.Equals(role, StringComparison.OrdinalIgnoreCase)
                || InApposition(m.Span.End, role) || InTitleBefore(m.Span.Start, role))
            .ToList();
        return introduced.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Count() == 1
            ? new SpeakerMatch(introduced[^1].EntityId, EntityType.Person, introduced[^1].Span)
            : null;
    }

    /// <summary>
    /// '"...," Zuckerman said.' then '"...," the executive said.': a generic role for the person who spoke just before, when the article
    /// introduced no one with it and no unnamed source of that kind ("an executive said") stands between.
    /// </summary>
    public SpeakerMatch? ExecutiveJustQuoted(string role, int before)
    {
        const int maxCharsBack = 400;
        if (!IndefiniteRoles.TryGetValue(role, out var unnamedSource))
        {
            return null;
        }

        var from = Math.Max(0, before - maxCharsBack);
        var last = _analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Person && m.Span.Start >= from && m.Span.End <= before);
        if (last is null || !SpokeAt(last.Span) || Text.AsSpan(last.Span.End, before - last.Span.End).Contains(" " + role, StringComparison.Ordinal)
            || unnamedSource.IsMatch(Text.AsSpan(from, before - from)))
        {
            return null;
        }

        return new SpeakerMatch(last.EntityId, EntityType.Person, last.Span);
    }

    // "An analyst of Soviet agriculture at USDA", "one senior bank executive": an unnamed source of that kind, one expression per role.
    private static readonly FrozenDictionary<string, Regex> IndefiniteRoles =
        new[] { "executive", "official", "economist", "analyst", "banker", "chairman", "president", "treasurer", "director" }.ToFrozenDictionary(
            role => role,
            role => new Regex($@"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.-]+\s+){{0,3}}{role}\b", RegexOptions.CultureInvariant),
            StringComparer.Ordinal);

    // "Zuckerman said", "said Zuckerman": the name is the subject of a speech verb.
    private bool SpokeAt(TextSpan name)
    {
        var limit = Math.Min(Text.Length, name.End + 30);
        return PhraseReader.WordAfter(Text, name.End, limit) is { } next && Text.AsSpan(name.End, next.Span.Start - name.End).IsWhiteSpace() && SpeechVerbs.IsSpeechVerb(next.Text)
            || PhraseReader.WordBefore(Text, name.Start, Math.Max(0, name.Start - 30)) is { } previous && SpeechVerbs.IsSpeechVerb(previous.Text);
    }

    /// <summary>
    /// "the UAW chief said" after "UAW president Ana Ruiz" or "Ana Ruiz, a vice president of Holm Mining,": the one person
    /// the article introduced with the body the description names; null when none or two were.
    /// </summary>
    public SpeakerMatch? PersonIntroducedWithBody(string body, int before)
    {
        const int maxCharsBefore = 50;
        const int maxAppositionChars = 80;
        var introduced = _analysis.Mentions
            .Where(m => m.Type == EntityType.Person && m.Span.End <= before)
            .Where(m => Names(Text.AsSpan(Math.Max(0, m.Span.Start - maxCharsBefore), Math.Min(m.Span.Start, maxCharsBefore)), body, lastClauseOnly: true)
                || OpensApposition(m.Span.End) && Names(Text.AsSpan(m.Span.End, Math.Min(maxAppositionChars, Text.Length - m.Span.End)), body, lastClauseOnly: false))
            .Select(m => m.EntityId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return introduced.Count == 1 && _analysis.Mentions.LastOrDefault(m => m.EntityId == introduced[0] && m.Span.End <= before) is { } last
            ? new SpeakerMatch(last.EntityId, EntityType.Person, last.Span)
            : null;
    }

    // ", a vice president of Holm Mining" or, without the comma wire copy sometimes drops, " chairman of Holm Mining".
    private bool OpensApposition(int nameEnd)
    {
        var limit = Math.Min(Text.Length, nameEnd + 30);
        var first = PhraseReader.WordAfter(Text, nameEnd, limit);
        var comma = nameEnd < Text.Length && Text[nameEnd] == ',';
        var role = comma && first is { Text: "a" or "an" or "the" } determiner ? PhraseReader.WordAfter(Text, determiner.Span.End, limit) : first;
        return comma && first is { Text: "a" or "an" or "the" } || role is { IsCapitalised: false } r && NameLexicon.IsRole(r.Text);
    }

    // The body in the clause right before a name ("... said UAW president") or in the apposition after it, up to its end:
    // as whole words, or spelled out for an acronym ("United Automobile Workers" for "UAW").
    private static bool Names(ReadOnlySpan<char> window, string body, bool lastClauseOnly)
    {
        var text = window.ToString();
        var cut = lastClauseOnly ? ClauseEnds().Matches(text).LastOrDefault()?.Index ?? -1 : ClauseEnds().Match(text, Math.Min(1, text.Length)) is { Success: true } m ? m.Index : -1;
        var part = string.Join(' ', (lastClauseOnly ? text[(cut + 1)..] : cut < 0 ? text : text[..(cut + 1)]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        body = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var i = part.IndexOf(body, StringComparison.Ordinal);
        if (i >= 0 && (i == 0 || !char.IsLetter(part[i - 1])) && (i + body.Length == part.Length || !char.IsLetter(part[i + body.Length])))
        {
            return true;
        }

        if (!NameLexicon.IsAcronym(body))
        {
            return false;
        }

        var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !NameLexicon.Connectors.Contains(w)).ToList();
        for (var k = 0; k + body.Length <= words.Count; k++)
        {
            if (Enumerable.Range(0, body.Length).All(n => words[k + n].Length > 1 && words[k + n][0] == body[n] && char.IsLower(words[k + n][1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Acme's chairman said" after "Acme's chairman, Ana Ruiz," or "Acme's chairman Ana Ruiz": the one person so introduced.</summary>
    public SpeakerMatch? PersonIntroducedAsPossessed(string possessive, string role, int before)
    {
        var introduction = possessive + " " + role;
        var introduced = _analysis.Mentions
            .Where(m => m.Type == EntityType.Person && m.Span.End <= before)
            .Where(m => Text.AsSpan(Math.Max(0, m.Span.Start - introduction.Length - 2), Math.Min(m.Span.Start, introduction.Length + 2)).Trim().TrimEnd(',').EndsWith(introduction, StringComparison.Ordinal))
            .ToList();
        return introduced.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Count() == 1
            ? new SpeakerMatch(introduced[^1].EntityId, EntityType.Person, introduced[^1].Span)
            : null;
    }

    // "Chancellor of the Exchequer Nigel Lawson": the role opens the capitalised title right before the name.
    private bool InTitleBefore(int nameStart, string role)
    {
        const int maxWords = 5;
        var pos = nameStart;
        for (var n = 0; n < maxWords && PhraseReader.WordBefore(Text, pos, Math.Max(0, pos - 30)) is { } w && Text.AsSpan(w.Span.End, pos - w.Span.End).IsWhiteSpace()
            && (w.IsCapitalised || w.Text is "of" or "the"); n++, pos = w.Span.Start)
        {
            if (w.Text == role && NameLexicon.Titles.Contains(w.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", a spokeswoman for the port," / ", the bank's chairman,": the role within the first words of an apposition.</summary>
    private bool InApposition(int nameEnd, string role)
    {
        const int maxWords = 5;
        if (nameEnd >= Text.Length || Text[nameEnd] != ',')
        {
            return false;
        }

        var pos = nameEnd + 1;
        if (PhraseReader.WordAfter(Text, pos, Text.Length) is not { Text: "a" or "an" or "the" } determiner)
        {
            return false;
        }

        pos = determiner.Span.End;
        for (var n = 0; n < maxWords && PhraseReader.WordAfter(Text, pos, Text.Length) is { } w && Text.AsSpan(pos, w.Span.Start - pos).Trim().IsEmpty; n++)
        {
            // "at Lisbon, the spokeswoman said": a reporting frame after a name, not an apposition to it.
            if (w.Text.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return PhraseReader.WordAfter(Text, w.Span.End, Math.Min(Text.Length, w.Span.End + 30)) is not { } next || !SpeechVerbs.IsSpeechVerb(next.Text);
            }

            pos = w.Span.End;
        }

        return false;
    }
}
