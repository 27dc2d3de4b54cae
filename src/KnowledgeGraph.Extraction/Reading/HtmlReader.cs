using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads an <c>.html</c> page: main text (the <c>article</c>, else <c>main</c>, else <c>body</c>,
/// without navigation, scripts and forms), title and published date from the page's metadata.
/// AngleSharp's parser is used without a browsing context, so nothing is ever fetched.
/// </summary>
public sealed class HtmlReader : IArticleReader
{
    // Elements that are page furniture, not article text.
    private const string Furniture = "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, select";

    // Block elements whose text makes the article's paragraphs, in document order.
    private const string Blocks = "p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ReadResult Read(string source, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (HtmlNesting.IsDeeperThan(content))
        {
            return ReadResult.Failed(source, new InputError(source, $"HTML elements nest more than {HtmlNesting.MaxDepth} levels deep; not a news page, skipped"));
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var page = parser.ParseDocument(content);
        var metadata = HtmlMetadata.From(page);
        var text = MainText(page);
        if (text.Length == 0)
        {
            return ReadResult.Failed(source, new InputError(source, "no article text found in the HTML page"));
        }

        if (metadata.Title is { } title && !text.StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }

        var document = new KnowledgeGraph.Core.Document
        {
            Id = StableId.ForDocument(text),
            Text = text,
            Title = metadata.Title,
            Source = source,
            Url = metadata.Url,
            Published = metadata.Published,
            PublishedSource = metadata.Published is null ? PublishedSource.Unknown : PublishedSource.Metadata,
            PublishedEvidence = metadata.PublishedEvidence,
        };
        return new ReadResult(source, [document], []);
    }

    private static string MainText(IDocument page)
    {
        var root = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        if (root is null)
        {
            return "";
        }

        foreach (var element in root.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        var paragraphs = new List<string>();
        foreach (var block in root.QuerySelectorAll(Blocks))
        {
            // A paragraph inside a list item or quote is read once, with its container.
            if (block.ParentElement?.Closest(Blocks) is not null)
            {
                continue;
            }

            var text = Collapse(block.TextContent);
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        if (paragraphs.Count == 0)
        {
            var all = Collapse(root.TextContent);
            return all;
        }

        return string.Join("\n\n", paragraphs);
    }

    // HTML white space (new lines, runs of spaces, nbsp) folded to single spaces.
    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
