using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Reads the noun phrase that ends right before, or starts right after, a position: capitalised
/// words, the connectors inside names ("of the"), and the roles written before names ("pollster").
/// </summary>
internal static class PhraseReader
{
    private const int MaxTokens = 10;

    // "<HWHH.HK>", "<FIAT.MI>": a ticker in angle brackets is short.
    private const int MaxTickerLength = 16;

    /// <summary>"Fiat Spa &lt;FIAT.MI&gt; said": the position past the stock ticker a wire writes after a company's name, else <paramref name="end"/>.</summary>
    public static int SkipTicker(string text, int end, int limit)
    {
        var k = end;
        while (k < limit && text[k] == ' ')
        {
            k++;
        }

        var close = k < limit && text[k] == '<' ? text.IndexOf('>', k, Math.Min(limit - k, MaxTickerLength)) : -1;
        return close < 0 ? end : close + 1;
    }

    public static PhraseToken? WordBefore(string text, int pos, int limit)
    {
        var k = pos - 1;
        while (k >= limit && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        // The closing dot of an initial or abbreviation: "L.F." before "Rothschild".
        if (k > limit && text[k] == '.' && char.IsUpper(text[k - 1]))
        {
            k--;
        }

        var end = k + 1;
        while (k >= limit && (IsWordChar(text[k]) || IsInnerDot(text, k)))
        {
            k--;
        }

        // Drop an apostrophe or hyphen left at either edge.
        var start = k + 1;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return start < end ? new PhraseToken(new TextSpan(start, end), text[start..end]) : null;
    }

    public static PhraseToken? WordAfter(string text, int pos, int limit)
    {
        var k = pos;
        while (k < limit && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        var start = k;
        while (k < limit && (IsWordChar(text[k]) || IsInnerDot(text, k)))
        {
            k++;
        }

        var end = k;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return start < end ? new PhraseToken(new TextSpan(start, end), text[start..end]) : null;
    }

    /// <summary>The phrase ending at <paramref name="pos"/>: "Frederic Boily of the University of Alberta", "the ministry".</summary>
    public static List<PhraseToken> Backward(string text, int pos, int limit)
    {
        var tokens = new List<PhraseToken>();
        while (tokens.Count < MaxTokens && WordBefore(text, pos, limit) is { } w)
        {
            if (HasBreakBetween(text, w.Span.End, pos) || !AcceptsBackward(w, tokens.Count > 0 ? tokens[0] : null))
            {
                break;
            }

            tokens.Insert(0, w);
            pos = w.Span.Start;
            // "the" opens the phrase unless it sits inside a name: "the University of the Arts".
            if (w.Text == "the" && WordBefore(text, pos, limit) is not { Text: "of" or "for" })
            {
                break;
            }
        }

        while (tokens.Count > 0 && NameLexicon.Connectors.Contains(tokens[0].Text) && tokens[0].Text != "the")
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    /// <summary>The phrase starting at <paramref name="pos"/>: "pollster Jean Dupont", "the Kremlin", "AFP".</summary>
    public static List<PhraseToken> Forward(string text, int pos, int limit)
    {
        var tokens = new List<PhraseToken>();
        while (tokens.Count < MaxTokens && WordAfter(text, pos, limit) is { } w)
        {
            if (HasBreakBetween(text, pos, w.Span.Start) || !(AcceptsForward(w, tokens.Count > 0 ? tokens[^1] : null) || tokens.Count == 0 && OpensSurname(text, w, limit)))
            {
                break;
            }

            tokens.Add(w);
            pos = w.Span.End;

            // Past the dot of a middle initial ("Landon H. Rowland") or of a title ("said Sen. Tom Harkin").
            if ((w.Text.Length == 1 && char.IsUpper(w.Text[0]) || w.Text is "Sen" or "Rep" or "Gov" or "Gen" or "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "Lt" or "Col" or "Sgt" or "Capt" or "Adm" or "Maj" or "Cmdr")
                && pos + 1 < limit && text[pos] == '.' && char.IsWhiteSpace(text[pos + 1]) && WordAfter(text, pos + 1, limit) is { IsCapitalised: true })
            {
                pos++;
            }
        }

        // A phrase does not end on a connector: "the Bank of" -> "the Bank".
        while (tokens.Count > 0 && NameLexicon.Connectors.Contains(tokens[^1].Text))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    private static bool AcceptsBackward(PhraseToken w, PhraseToken? right)
    {
        if (w.IsCapitalised)
        {
            return true;
        }

        if (right is not { } r)
        {
            // The word right before the verb: "the ministry said", "the spokesman said".
            return NameLexicon.DefiniteOrganisationHeads.Contains(w.Text) || NameLexicon.IsRole(w.Text);
        }

        return w.Text == "the"
            || IsAge(w.Text) && NameLexicon.IsRole(r.Text)
            || NameLexicon.Connectors.Contains(w.Text) && (r.IsCapitalised || r.Text == "the")
            || NameLexicon.IsRole(w.Text) && (r.IsCapitalised || NameLexicon.IsRole(r.Text) || NameLexicon.DefiniteOrganisationHeads.Contains(r.Text));
    }

    // "the 44-year-old prime minister said": an age before a role.
    public static bool IsAge(string word) => word.EndsWith("-year-old", StringComparison.Ordinal) && word.Length > 9 && char.IsAsciiDigit(word[0]);

    private static bool AcceptsForward(PhraseToken w, PhraseToken? left)
    {
        if (w.IsCapitalised)
        {
            return true;
        }

        if (left is not { } l)
        {
            return w.Text == "the" || NameLexicon.IsRole(w.Text);
        }

        // "the Group of 24": a number after "of" ends a name.
        return NameLexicon.Connectors.Contains(w.Text) && w.Text != "and" && (l.IsCapitalised || IsSecondParticle(l, w))
            || l.Text == "of" && w.Text.Length <= 3 && w.Text.All(char.IsAsciiDigit)
            || (NameLexicon.IsRole(w.Text) || NameLexicon.DefiniteOrganisationHeads.Contains(w.Text)) && (l.Text is "the" or "The" || NameLexicon.IsRole(l.Text));
    }

    // "said Holm's di Clemente", "de Clercq": a lower-case particle that opens a surname.
    private static bool OpensSurname(string text, PhraseToken w, int limit) =>
        IsSurnameParticle(w.Text) && WordAfter(text, w.Span.End, limit) is { } next
        && !HasBreakBetween(text, w.Span.End, next.Span.Start) && (next.IsCapitalised || IsSecondParticle(w, next));

    public static bool IsSurnameParticle(string word) => NameParticles.IsParticle(word);

    private static bool IsSecondParticle(PhraseToken left, PhraseToken w) => NameParticles.IsSecond(left.Text, w.Text);

    private static bool HasBreakBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !(text[i] == '.' && i > 0 && char.IsUpper(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The dots of initials and acronyms stay inside the word: "L.F. Rothschild", "U.S.".
    private static bool IsInnerDot(string text, int i) =>
        text[i] == '.' && i > 0 && char.IsUpper(text[i - 1]) && i + 1 < text.Length && char.IsUpper(text[i + 1]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '-' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
