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

    // "an official at <Acme Corp>": a wire's angle brackets around a name are not part of it, and a ticker ("<ACME.O>") is no word of the phrase.
    private static int PastBracket(string text, int pos, int end)
    {
        var k = pos;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= end || text[k] != '<')
        {
            return pos;
        }

        var skipped = PhraseReader.SkipTicker(text, k, end);
        return skipped > k && !text.AsSpan(k, skipped - k).ContainsAny(' ', '\n') && text.AsSpan(k, skipped - k).Contains('.') ? skipped : k + 1;
    }
}
