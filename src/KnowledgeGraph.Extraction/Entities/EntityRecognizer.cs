using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the people, organisations, places and other named things of an article: capitalised runs
/// typed by gazetteers and context (<see cref="RunClassifier"/>), picture credits, then headlines,
/// with names settled across the article (<see cref="AliasResolver"/>). Writes
/// <see cref="DocumentAnalysis.Entities"/> (id = type + canonical name) and
/// <see cref="DocumentAnalysis.Mentions"/> in text order.
/// </summary>
public sealed partial class EntityRecognizer : IExtractionStage
{
    private readonly Gazetteer _gazetteer;

    public EntityRecognizer()
        : this(Gazetteer.Default)
    {
    }

    internal EntityRecognizer(Gazetteer gazetteer) => _gazetteer = gazetteer;

    public string Name => "entities";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        // The stage reads sentences and paragraph kinds; when run alone (a tool, a test) it segments first.
        if (analysis.Sentences.Count == 0 && analysis.Text.Length > 0)
        {
            new Segmenter().Run(analysis);
        }

        var text = analysis.Text;
        var lowerCaseWords = new LowerCaseWords(text);
        var body = new List<MentionCandidate>();
        var headlines = new List<Sentence>();
        foreach (var sentence in analysis.Sentences)
        {
            var kind = analysis.Paragraphs.Count > sentence.ParagraphIndex ? analysis.Paragraphs[sentence.ParagraphIndex].Kind : ParagraphKind.Body;
            if (kind is ParagraphKind.Headline or ParagraphKind.Heading)
            {
                headlines.Add(sentence);
                continue;
            }

            var s = new SentenceTokens(text, Tokenizer.Tokenize(text, sentence.Span), _gazetteer);
            var classifier = new RunClassifier(s, lowerCaseWords, body);
            foreach (var (start, end) in RunFinder.Find(s))
            {
                classifier.Classify(start, end, IsSentenceInitial(s, start));
            }
        }

        var credits = CreditReader.Read(text).ToList();
        body.RemoveAll(c => credits.Any(k => k.Span.Overlaps(c.Span)));
        body.AddRange(credits);
        body.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var resolver = new AliasResolver(_gazetteer);
        resolver.Resolve(body, text);

        var all = body.Where(c => c.Type is not null).ToList();
        if (headlines.Count > 0)
        {
            var surfaces = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
            foreach (var c in all)
            {
                surfaces.TryAdd(IsFolded(c.Text) ? c.Text : Whitespace().Replace(c.Text, " "), c);
            }

            var reader = new HeadlineReader(surfaces, surfaces.Count == 0 ? 1 : surfaces.Keys.Max(k => k.Count(ch => ch == ' ') + 1));
            var fromHeadlines = new List<MentionCandidate>();
            foreach (var sentence in headlines)
            {
                reader.Read(new SentenceTokens(text, Tokenizer.Tokenize(text, sentence.Span), _gazetteer), fromHeadlines);
            }

            resolver.Resolve([.. all, .. fromHeadlines], text);
            all.AddRange(fromHeadlines.Where(c => c.Type is not null));
        }

        EntityTable.Fill(analysis, all, _gazetteer);
    }

    // A capitalised first word says nothing: the first word of the sentence, or of a quotation in it.
    private static bool IsSentenceInitial(SentenceTokens s, int k)
    {
        for (var p = k - 1; p >= 0; p--)
        {
            if (s[p].IsWord)
            {
                return false;
            }

            if (s[p].Text is "\"" or "\u201c" or "\u2018" or "'" or ":" or "(" or "[" or "-" or "\u2014" or "\u2013")
            {
                return true;
            }
        }

        return true;
    }

    // ASCII letters, digits, name marks and single spaces: a surface made only of these needs no white-space folding.
    private static readonly System.Buffers.SearchValues<char> NameChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-'& ");

    private static bool IsFolded(string surface) => !surface.AsSpan().ContainsAnyExcept(NameChars) && !surface.Contains("  ", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
