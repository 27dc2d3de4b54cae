using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One sentence as the event rules see it: its tokens and which entity mention covers each token. Demonyms
/// used as adjectives are left out: they modify a noun and are neither participants nor places.
/// </summary>
internal sealed partial class SentenceContext
{
    private readonly int[] _mentionAt;
    private readonly List<EntityMention> _adjectives;

    public SentenceContext(DocumentAnalysis analysis, Sentence sentence)
    {
        Analysis = analysis;
        Sentence = sentence;
        var text = analysis.Text;
        var tokens = new List<Token>();
        foreach (var m in Word().EnumerateMatches(text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
        {
            var span = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
            var word = span.Slice(text);
            tokens.Add(new Token(word, word.ToLowerInvariant().Replace('\u2019', '\''), span));
        }

        Tokens = tokens;
        var all = analysis.MentionsIn(sentence.Span).ToList();
        Mentions = [.. all.Where(m => !DemonymAdjectives.IsAdjective(m))];
        _adjectives = [.. all.Where(DemonymAdjectives.IsAdjective)];
        _mentionAt = new int[tokens.Count];
        Array.Fill(_mentionAt, -1);
        for (var mi = 0; mi < Mentions.Count; mi++)
        {
            for (var ti = 0; ti < tokens.Count; ti++)
            {
                if (Mentions[mi].Span.Contains(tokens[ti].Span))
                {
                    _mentionAt[ti] = mi;
                }
            }
        }
    }

    public DocumentAnalysis Analysis { get; }

    public Sentence Sentence { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

    public string Text => Analysis.Text;

    public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    /// <summary>Index into <see cref="Mentions"/> of the mention covering token i, or -1.</summary>
    public int MentionIndexAt(int i) => i >= 0 && i < _mentionAt.Length ? _mentionAt[i] : -1;

    /// <summary>The demonym adjective ending at token i ("an Iranian attack": "Iranian"), or null.</summary>
    public EntityMention? DemonymAdjectiveEndingAt(int i) =>
        i >= 0 && i < Tokens.Count ? _adjectives.FirstOrDefault(m => m.Span.End == Tokens[i].Span.End) : null;

    public int FirstTokenOf(int mentionIndex) => Array.IndexOf(_mentionAt, mentionIndex);

    public int LastTokenOf(int mentionIndex) => Array.LastIndexOf(_mentionAt, mentionIndex);

    public bool IsInsideParentheses(int i)
    {
        var depth = 0;
        for (var k = 0; k < i; k++)
        {
            depth += Tokens[k].Text switch { "(" => 1, ")" => -1, _ => 0 };
        }

        return depth > 0;
    }

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    // Words keep inner hyphens and apostrophes; a possessive 's is its own token ("Kim's" -> "Kim", "'s").
    [GeneratedRegex(@"['\u2019][sS]\b|[\p{L}\p{N}]+(?:[\-.][\p{L}\p{N}]+)*|\S")]
    private static partial Regex Word();
}
