namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Cuts a text file that may hold several articles into articles, as news exports and copy-paste
/// collections lay them out:
/// <code>
/// Headline
/// (caption) (caption repeated)
/// XY                      &lt;- a stray short token from the export
/// Headline                &lt;- the headline repeated, the body follows
/// </code>
/// and several blank lines between articles. Lines repeated inside an article (the second
/// headline, the repeated caption) and stray tokens are dropped; one copy of each caption stays,
/// because its date is evidence for the publication date.
/// </summary>
public static class ArticleSplitter
{
    // A headline repeated within this many lines marks an article start.
    private const int HeadlineRepeatWindow = 12;

    // Headlines are short and do not end a sentence.
    private const int MaxHeadlineLength = 200;

    // Stray export tokens ("TT", "AP") are at most this long, with no lower-case letter.
    private const int MaxStrayTokenLength = 3;

    // A repeated line this long is boilerplate (a caption); shorter repeats ("said.") can be wrapped text.
    private const int MinRepeatedLineLength = 40;

    // Two or more blank lines in a row separate articles.
    private const int BlankLinesBetweenArticles = 2;

    public static IReadOnlyList<SplitArticle> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToArray();
        var starts = FindArticleStarts(lines);
        var articles = new List<SplitArticle>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : lines.Length;
            var article = Build(lines, starts[i], end);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        return articles;
    }

    internal static bool LooksLikeHeadline(string line)
    {
        var s = line.Trim();
        if (s.Length is 0 or > MaxHeadlineLength || IsStrayToken(s))
        {
            return false;
        }

        // Captions end with a credit in brackets "(AFP)" or open with "(FILES)": not headlines.
        return s[^1] is not ('.' or ',' or ';' or ':' or '"' or '\u201d' or ')') && s[0] != '(' && s.Any(char.IsLetter) && char.IsUpper(s.First(char.IsLetter));
    }

    // A stray token stands at the end of a block; "US" wrapped inside a paragraph is text.
    private static bool EndsBlock(string[] lines, int i, int end) => i + 1 >= end || lines[i + 1].Trim().Length == 0;

    private static bool IsStrayToken(string s) =>
        s.Length <= MaxStrayTokenLength && !s.Any(char.IsLower) && !s.Any(c => c is '.' or '!' or '?');

    private static List<int> FindArticleStarts(string[] lines)
    {
        var starts = new SortedSet<int>();
        var firstContent = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (firstContent < 0)
        {
            return [];
        }

        starts.Add(firstContent);

        // A headline line repeated a few lines further down starts an article.
        for (var i = firstContent; i < lines.Length; i++)
        {
            if (!LooksLikeHeadline(lines[i]))
            {
                continue;
            }

            var limit = Math.Min(lines.Length, i + HeadlineRepeatWindow);
            for (var j = i + 1; j < limit; j++)
            {
                if (string.Equals(lines[j].Trim(), lines[i].Trim(), StringComparison.Ordinal))
                {
                    starts.Add(i);
                    i = j;
                    break;
                }
            }
        }

        // A run of blank lines followed by a headline-like line starts an article too.
        var blanks = 0;
        for (var i = firstContent; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                blanks++;
                continue;
            }

            if (blanks >= BlankLinesBetweenArticles && LooksLikeHeadline(lines[i]) && !IsInsideRepeatBlock(starts, i, lines))
            {
                starts.Add(i);
            }

            blanks = 0;
        }

        return [.. starts];
    }

    // The repeated headline of an already found article is not a new start.
    private static bool IsInsideRepeatBlock(SortedSet<int> starts, int line, string[] lines)
    {
        var previous = starts.GetViewBetween(int.MinValue, line - 1);
        return previous.Count > 0 && line - previous.Max < HeadlineRepeatWindow
            && string.Equals(lines[previous.Max].Trim(), lines[line].Trim(), StringComparison.Ordinal);
    }

    // Kept lines stay as they were; a dropped line leaves a paragraph break; blank runs fold into one.
    private static SplitArticle? Build(string[] lines, int start, int end)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        string? title = null;
        var hasBody = false;

        void Break()
        {
            if (kept.Count > 0 && kept[^1].Length > 0)
            {
                kept.Add("");
            }
        }

        for (var i = start; i < end; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0)
            {
                Break();
                continue;
            }

            if (title is null && kept.Count == 0 && LooksLikeHeadline(trimmed))
            {
                title = trimmed;
                seen.Add(trimmed);
                kept.Add(trimmed);
                kept.Add("");
                continue;
            }

            // Repeated headline, repeated caption, stray export token: boilerplate, not text.
            if ((!seen.Add(trimmed) && (trimmed.Length >= MinRepeatedLineLength || trimmed == title)) || (IsStrayToken(trimmed) && EndsBlock(lines, i, end)))
            {
                Break();
                continue;
            }

            kept.Add(lines[i]);
            hasBody = true;
        }

        if (!hasBody)
        {
            return null;
        }

        return new SplitArticle(title, string.Join('\n', kept).Trim());
    }
}
