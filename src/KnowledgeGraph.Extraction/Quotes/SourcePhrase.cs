using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Where the description of an unnamed source starts and ends ("a spokesman for Acme Corp said"), and its words.</summary>
internal static class SourcePhrase
{
    // The description starts after the last comma, full stop or quote mark before the role noun.
    public static int Start(string text, int from, int role)
    {
        for (var k = role - 1; k >= from; k--)
        {
            if (text[k] is ',' or ';' or '"' or '\u201c' or '\u201d' || text[k] == '.' && !(k > 0 && char.IsUpper(text[k - 1])))
            {
                return k + 1;
            }
        }

        return from;
    }

    // "a spokesman for Acme Corp said": the description ends at the speech verb or punctuation.
    public static int End(string text, int wordEnd, int limit)
    {
        var verb = SpeechCue.VerbsIn(text, wordEnd, limit, maxWords: 8).FirstOrDefault();
        var end = verb.Text is null ? limit : verb.Span.Start;
        for (var k = wordEnd; k < end; k++)
        {
            if (text[k] is ',' or ';' or '"' or '\u201c' or '\u201d' || text[k] == '.' && !(k > 0 && char.IsUpper(text[k - 1])))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// '"...," said a director at one merchant bank': an unnamed source right after a speech verb that follows a quote
    /// (not "said the president was forced to act", where the phrase opens the reported clause).
    /// </summary>
    public static TextSpan? AfterVerb(string text, PhraseToken verb, int end)
    {
        // "a senior central bank official": up to five words between the determiner and the noun.
        const int maxWords = 5;
        if (SpeechVerbs.IsParticiple(verb.Text) || text.AsSpan(0, verb.Span.Start).TrimEnd().TrimEnd(',').TrimEnd() is not [.., '"' or '\u201d']
            || PhraseReader.WordAfter(text, verb.Span.End, end) is not { } determiner
            || !NameLexicon.IsDeterminer(determiner.Text) || !text.AsSpan(verb.Span.End, determiner.Span.Start - verb.Span.End).Trim().IsEmpty)
        {
            return null;
        }

        var pos = determiner.Span.End;
        for (var i = 0; i < maxWords && PhraseReader.WordAfter(text, pos, end) is { IsCapitalised: false } w && text.AsSpan(pos, w.Span.Start - pos).Trim().IsEmpty; i++)
        {
            if (NameLexicon.IsSourceNoun(w.Text))
            {
                return new TextSpan(determiner.Span.Start, End(text, w.Span.End, end));
            }

            pos = w.Span.End;
        }

        return null;
    }

    /// <summary>"a China Daily editorial this month", "a Holm Bank report today": the source without the time written after it.</summary>
    public static List<PhraseToken> WithoutTime(List<PhraseToken> tokens)
    {
        if (tokens.Count > 2 && tokens[^2].Text is "this" or "last" or "on" && tokens[^1].Text is "month" or "week" or "year" or "morning" or "Monday" or "Tuesday"
            or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday")
        {
            tokens.RemoveRange(tokens.Count - 2, 2);
        }
        else if (tokens.Count > 1 && tokens[^1].Text is "today" or "yesterday")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    public static List<PhraseToken> Words(string text, int start, int end)
    {
        var tokens = new List<PhraseToken>();
        var pos = start;
        while (pos < end && PhraseReader.WordAfter(text, pos = PastBracket(text, pos, end), end) is { } w)
        {
            tokens.Add(w);
            pos = w.Span.End;
            while (pos < end && !char.IsLetterOrDigit(text[pos]) && !char.IsWhiteSpace(text[pos]))
            {
                // A comma inside the description ends it: "Acme, a spokesman" is two phrases.
                if (text[pos] is ',' or ';' or ':')
                {
                    return tokens;
                }

                pos++;
            }
        }

        return tokens;
    }

    private static readonly System.Buffers.SearchValues<char> AcronymChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ&-");

    // "an official at <Acme Corp>": a wire's angle brackets around a name are not part of it, and a ticker ("<ACME.O>") is no word of the phrase.
    private static int PastBracket(string text, int pos, int end)
    {
        var k = pos;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        // "a Ministry of Trade and Industry (MITI) official": an acronym in brackets repeats the name before it.
        if (k < end && text[k] == '(' && text.IndexOf(')', k, Math.Min(12, end - k)) is var close and > 0
            && text.AsSpan(k + 1, close - k - 1) is var inner && inner.Length >= 2 && !inner.ContainsAnyExcept(AcronymChars))
        {
            return close + 1;
        }

        if (k >= end || text[k] != '<')
        {
            return pos;
        }

        var skipped = PhraseReader.SkipTicker(text, k, end);
        return skipped > k && !text.AsSpan(k, skipped - k).ContainsAny(' ', '\n') && text.AsSpan(k, skipped - k).Contains('.') ? skipped : k + 1;
    }
}
