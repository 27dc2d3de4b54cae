using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The tokens of one sentence with the look-ups every rule needs: gazetteer matches, title words, text of a range.</summary>
internal sealed class SentenceTokens(string text, List<Token> tokens, Gazetteer gazetteer)
{
    public string Text { get; } = text;

    public List<Token> Tokens { get; } = tokens;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public int Count => Tokens.Count;

    public Token this[int i] => Tokens[i];

    public bool IsWordAt(int i, string word) => i >= 0 && i < Tokens.Count && Tokens[i].Is(word);

    public bool IsPunctuationAt(int i, string mark) => i >= 0 && i < Tokens.Count && !Tokens[i].IsWord && Tokens[i].Text == mark;

    public TextSpan SpanOf(int i, int j) => new(Tokens[i].Start, Tokens[j - 1].End);

    public string TextOf(int i, int j) => SpanOf(i, j).Slice(Text);

    /// <summary>The tokens i..j joined by single spaces, as a gazetteer key ("Bank of England" across a line break).</summary>
    public string KeyOf(int i, int j)
    {
        if (j <= i)
        {
            return "";
        }

        if (j - i == 1)
        {
            return Tokens[i].Text;
        }

        if (IsSingleSpaced(i, j))
        {
            return SpanOf(i, j).Slice(Text); // single spaces between the words already
        }

        return string.Join(' ', Tokens.GetRange(i, j - i).Select(t => t.Text));
    }

    // The text of tokens i..j already reads as its key: words one space apart, none cut.
    private bool IsSingleSpaced(int i, int j)
    {
        var span = SpanOf(i, j);
        var letters = 0;
        for (var k = i; k < j; k++)
        {
            letters += Tokens[k].End - Tokens[k].Start;
        }

        return span.Length == letters + (j - i - 1) && Text.AsSpan(span.Start, span.Length).IndexOfAny('\n', '\t') < 0 && !HasCutToken(i, j);
    }

    private bool HasCutToken(int i, int j)
    {
        for (var k = i; k < j - 1; k++)
        {
            if (Tokens[k].EndsRun || !Tokens[k].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    public GazetteerEntry? GazetteerAt(int i, int j)
    {
        if (j - i > 1 && IsSingleSpaced(i, j))
        {
            // The common case looks the text up in place, without building the key.
            var span = SpanOf(i, j);
            return Gazetteer.NamesBySpan.TryGetValue(Text.AsSpan(span.Start, span.Length), out var found) ? found : null;
        }

        return Gazetteer.Names.TryGetValue(KeyOf(i, j), out var e) ? e : null;
    }

    /// <summary>Length in tokens of the longest gazetteer name starting at i and ending by j; 0 when none.</summary>
    public int LongestGazetteerMatch(int i, int j)
    {
        if (!Tokens[i].IsWord || !Gazetteer.FirstWords.Contains(Tokens[i].Text))
        {
            return 0;
        }

        for (var n = Math.Min(Gazetteer.MaxNameTokens, j - i); n > 0; n--)
        {
            if (Tokens[i + n - 1].IsWord && (n == 1 || !Tokens[i + n - 2].EndsRun) && GazetteerAt(i, i + n) is not null)
            {
                return n;
            }
        }

        return 0;
    }

    public TitleKind? TitleAt(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsWord ? Gazetteer.TitleOf(Tokens[i].Text) : null;

    public bool IsTitleWord(int i) => TitleAt(i) is TitleKind.Head or TitleKind.Modifier;

    public bool IsCue(CueKind kind, int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsWord && Gazetteer.Is(kind, Tokens[i].Text);

    public bool IsCommon(int i) => Gazetteer.CommonWords.Contains(Tokens[i].Text);

    /// <summary>
    /// A common word at k inside the run i..j that belongs to the name because the run ends in an
    /// organisation, facility or named-thing head word: "Northern" in "Northern Liberation Council", "Second" in "Second World War", "Police" in
    /// "Border Police". A lone "Police" or "Central" is still no name.
    /// </summary>
    public bool IsNamePartBeforeHead(int k, int i, int j) =>
        IsCue(CueKind.NamePart, k) && (IsCue(CueKind.OrgHead, j - 1) || IsCue(CueKind.FacilityHead, j - 1) || NamedThings.IsHead(this, j - 1))
        && (k < j - 1 || k > i);

    /// <summary>
    /// "First Harbor Bancorp of Ohio", "Acme Steel Co of Canada": a company's head word, "of" and a place that ends
    /// the run are one name; the index of that "of" (where the head word's name ends), else <paramref name="j"/>.
    /// </summary>
    public int CompanyOfPlaceHeadEnd(int i, int j)
    {
        for (var m = i + 1; m < j - 1; m++)
        {
            if (IsWordAt(m, "of") && IsCue(CueKind.OrgHead, m - 1) && GazetteerAt(m + 1, j) is { Type: EntityType.Location })
            {
                return m;
            }
        }

        return j;
    }
}
