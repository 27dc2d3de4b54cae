using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// A linear pre-scan of a page's tags that tells whether its elements nest deeper than a limit, before
/// the parser builds a tree: the parser's work grows with the square of the depth (100,000 nested
/// divs took minutes), while real news pages nest a few dozen levels.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 1000;

    // Elements that never take a closing tag, or whose closing tag is usually left out: they do not nest.
    private static readonly FrozenSet<string> NotNesting = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body", "!doctype",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when some element lies more than <paramref name="limit"/> open tags deep.</summary>
    public static bool IsDeeperThan(string html, int limit = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-'))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) || tagEnd < 0)
            {
                i = nameStart;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            if (!NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && !selfClosing)
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > limit)
                {
                    return true;
                }
            }

            i = tagEnd + 1;
        }

        return false;
    }
}
