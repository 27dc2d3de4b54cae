using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Where the noun phrase next to a speech verb starts and stops: appositions to skip ("Ana Ruiz, 70, said"),
/// a city and its state inside one ("the Tulsa, Oklahoma, investor"), the "the" before a described
/// organisation ("the Oslo-based company"), and punctuation that ends a phrase.
/// </summary>
internal sealed class PhraseBounds
{
    private readonly DocumentAnalysis _analysis;

    public PhraseBounds(DocumentAnalysis analysis) => _analysis = analysis;

    private string Text => _analysis.Text;

    // A comma or full stop between two words ends the phrase; the dots of "U.S." do not.
    public bool HasPunctuation(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(Text[i]) && !(Text[i] == '.' && i > 0 && char.IsUpper(Text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sen. Ana Ruiz (D-Ill.) said": the position before a short bracket that closes right before <paramref name="pos"/>, else <paramref name="pos"/>.</summary>
    public static int SkipPartyTag(string text, int pos, int limit)
    {
        const int maxTagLength = 12;
        var k = pos - 1;
        while (k > limit && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k <= limit || text[k] != ')')
        {
            return pos;
        }

        var open = text.LastIndexOf('(', k, Math.Min(k - limit, maxTagLength + 1));
        return open > limit && !text.AsSpan(open, k - open).ContainsAny(' ', '\n') ? open : pos;
    }

    /// <summary>Skips ", a historian at the University of X," or ", 70," between a name and its verb.</summary>
    public int SkipApposition(int pos, int limit)
    {
        var k = pos - 1;
        while (k >= limit && char.IsWhiteSpace(Text[k]))
        {
            k--;
        }

        if (k < limit || Text[k] != ',')
        {
            return pos;
        }

        var previous = Text.LastIndexOf(',', k - 1, Math.Max(0, k - limit));
        if (previous < limit)
        {
            return pos;
        }

        var inner = Text.AsSpan(previous + 1, k - previous - 1).Trim();
        var isApposition = !inner.IsEmpty && (char.IsDigit(inner[0]) || char.IsLower(inner[0]) || StartsWithTitle(inner)) && !inner.Contains('"') && inner.Length < 120;
        return isApposition ? previous : pos;
    }

    // "Ana Ruiz, Executive Vice President of Acme, said": a capitalised title opens an apposition too.
    private static bool StartsWithTitle(ReadOnlySpan<char> inner)
    {
        var space = inner.IndexOf(' ');
        return space > 0 && NameLexicon.Titles.Contains(inner[..space].ToString());
    }

    /// <summary>Where ", Oklahoma," starts (right after its opening comma) when a place alone stands between the last two commas before <paramref name="pos"/>.</summary>
    public int? PlaceClosingApposition(int pos, int limit)
    {
        var k = pos - 1;
        while (k >= limit && char.IsWhiteSpace(Text[k]))
        {
            k--;
        }

        if (k <= limit || Text[k] != ',')
        {
            return null;
        }

        var tokens = PhraseReader.Backward(Text, k, limit);
        if (tokens.Count == 0 || !IsPlace(tokens))
        {
            return null;
        }

        var c = tokens[0].Span.Start - 1;
        while (c >= limit && char.IsWhiteSpace(Text[c]))
        {
            c--;
        }

        return c >= limit && Text[c] == ',' ? c + 1 : null;
    }

    /// <summary>"the" opens the few words before an organisation noun, with no other noun phrase's article in between.</summary>
    public bool DefiniteBefore(int nounStart, int limit)
    {
        const int maxWords = 5;
        var pos = nounStart;
        for (var n = 0; n < maxWords; n++)
        {
            // Step over the commas and dots of "the Tulsa, Okla.-based company".
            while (pos > limit && (char.IsWhiteSpace(Text[pos - 1]) || Text[pos - 1] is ',' or '.' or '-'))
            {
                pos--;
            }

            if (PhraseReader.WordBefore(Text, pos, limit) is not { } w)
            {
                return false;
            }

            if (w.Text is "the" or "The")
            {
                return n > 0;
            }

            if (w.Text is "a" or "an" or "A" or "An" || SpeechVerbs.IsSpeechVerb(w.Text))
            {
                return false;
            }

            pos = w.Span.Start;
        }

        return false;
    }

    public bool IsPlace(List<PhraseToken> tokens)
    {
        var span = new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End);
        return _analysis.Mentions.Any(m => m.Span.Overlaps(span) && m.Type == EntityType.Location) && !_analysis.Mentions.Any(m => m.Span.Overlaps(span) && m.Type != EntityType.Location);
    }
}
