using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>What the sieves share for one document: the text, the quotes found, and the attributions decided so far.</summary>
internal sealed class AttributionContext
{
    private readonly Dictionary<QuoteCandidate, Attribution> _decided = [];

    public AttributionContext(DocumentAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates)
    {
        Analysis = analysis;
        Candidates = candidates;
        Speakers = new SpeakerResolver(analysis);
        Affiliations = new AffiliationReader(analysis, Speakers);
        Pronouns = new PronounResolver(this);
    }

    public DocumentAnalysis Analysis { get; }

    public string Text => Analysis.Text;

    public IReadOnlyList<QuoteCandidate> Candidates { get; }

    public SpeakerResolver Speakers { get; }

    public PronounResolver Pronouns { get; }

    /// <summary>The body an unnamed spokesman or official speaks for: "a Harbour Board spokesman" -> Harbour Board.</summary>
    public AffiliationReader Affiliations { get; }

    /// <summary>Gender a pronoun attribution established for a person ("she added" -> Berg is female).</summary>
    public Dictionary<string, Gender> KnownGenders { get; } = new(StringComparer.Ordinal);

    public Attribution? DecidedFor(QuoteCandidate quote) => _decided.GetValueOrDefault(quote);

    public void Decide(QuoteCandidate quote, Attribution attribution) => _decided[quote] = attribution;

    public bool IsInsideQuote(int offset) => Candidates.Any(c => c.Outer.Contains(offset));

    public bool IsInsideQuote(TextSpan span) => Candidates.Any(c => c.Outer.Overlaps(span));

    public QuoteCandidate? Previous(QuoteCandidate quote)
    {
        var index = IndexOf(quote);
        return index > 0 ? Candidates[index - 1] : null;
    }

    public int IndexOf(QuoteCandidate quote)
    {
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (ReferenceEquals(Candidates[i], quote))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the words before a quote start: its sentence start, or the end of an earlier quote in that sentence.</summary>
    public int PrefixStart(QuoteCandidate quote)
    {
        var start = Analysis.SentenceAt(quote.Outer.Start)?.Span.Start ?? quote.Paragraph.Span.Start;
        var previous = Previous(quote);
        // 'Ruiz, on the show "Morning Tide," said: "..."': a quoted title inside the frame does not end it.
        if (previous is not null && !previous.IsTitleCase && previous.Outer.End > start && previous.Outer.End <= quote.Outer.Start)
        {
            start = previous.Outer.End;
        }

        return Math.Max(start, quote.Paragraph.Span.Start);
    }

    /// <summary>Where the words after a quote end: the next full stop, question or exclamation mark, quote mark or paragraph end.</summary>
    public int SuffixEnd(QuoteCandidate quote)
    {
        var end = quote.Paragraph.Span.End;
        for (var i = quote.Outer.End; i < end; i++)
        {
            if (Text[i] is '.' or '!' or '?' or ';' or '"' or '\u201c' or '\u201d' && !IsAbbreviationDot(i))
            {
                return i;
            }
        }

        return end;
    }

    // "Dr.", "Sen." or "J." inside an attribution does not end it, nor does "Co." before a lower-case word ("of Holm Co. said")
    // or a dot inside brackets ("Ruiz (D-Ill.) said").
    private bool IsAbbreviationDot(int i) =>
        Text[i] == '.' && i + 1 < Text.Length && Text[i + 1] == ')'
        ||
        Text[i] == '.' && PhraseReader.WordAfter(Text, i + 1, Math.Min(Text.Length, i + 30)) is { IsCapitalised: false } next && Text.AsSpan(i + 1, next.Span.Start - i - 1).IsWhiteSpace() && next.Span.Start > i + 1
        ||
        Text[i] == '.' && i >= 2 && char.IsUpper(Text[i - 1]) && !char.IsLetter(Text[i - 2])
        || Text[i] == '.' && i >= 2 && Text.AsSpan(Math.Max(0, i - 2), Math.Min(2, i)) is "Dr" or "Mr" or "Ms" or "St"
        || Text[i] == '.' && PhraseReader.WordBefore(Text, i, Math.Max(0, i - 12)) is { } w && w.Span.End == i && NameLexicon.Titles.Contains(w.Text);
}
