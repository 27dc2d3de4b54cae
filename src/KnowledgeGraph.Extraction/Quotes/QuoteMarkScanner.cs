using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds spans between double quote marks, straight or curly, paragraph by paragraph. Single marks
/// are never paired: they are apostrophes (Kim's, rock 'n' roll), nested quotes inside a double
/// quote, or the quotes of a section heading, none of which open a quote of their own.
/// </summary>
internal static class QuoteMarkScanner
{
    // A quote left open at a paragraph's end runs on for a few sentences at most: a paragraph of news
    // is one to three sentences, so a stray mark in a wall of text must not quote the whole article.
    private const int MaxSentencesInOpenQuote = 4;

    public static List<QuoteCandidate> Scan(DocumentAnalysis analysis)
    {
        var text = analysis.Text;
        var result = new List<QuoteCandidate>();
        var previousLeftOpen = false;
        foreach (var paragraph in analysis.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Caption)
            {
                previousLeftOpen = false;
                continue;
            }

            var opensWithMark = IsOpening(text, paragraph.Span.Start);
            var leftOpenHere = false;
            int? open = null;
            for (var i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                if (!IsDoubleMark(text[i]))
                {
                    continue;
                }

                if (open is null)
                {
                    if (IsOpening(text, i))
                    {
                        open = i;
                    }

                    continue;
                }

                if (IsOpening(text, i) && text[i] != '"')
                {
                    // A second opening curly mark while one is open: the first was stray; start again here.
                    open = i;
                    continue;
                }

                Add(analysis, result, paragraph, open.Value, i + 1, closed: true, continues: previousLeftOpen && opensWithMark && open == paragraph.Span.Start);
                open = null;
            }

            if (open is { } o)
            {
                Add(analysis, result, paragraph, o, OpenQuoteEnd(analysis, o, paragraph.Span.End), closed: false, continues: previousLeftOpen && opensWithMark && o == paragraph.Span.Start);
                leftOpenHere = true;
            }

            previousLeftOpen = leftOpenHere;
        }

        return result;
    }

    /// <summary>Where a quote opened at <paramref name="open"/> and never closed ends: the paragraph's end, or the end of its fourth sentence.</summary>
    private static int OpenQuoteEnd(DocumentAnalysis analysis, int open, int paragraphEnd)
    {
        var first = analysis.SentenceAt(open);
        if (first is null)
        {
            return paragraphEnd;
        }

        var last = first.Index + MaxSentencesInOpenQuote - 1;
        return last < analysis.Sentences.Count && analysis.Sentences[last].Span.End < paragraphEnd
            ? analysis.Sentences[last].Span.End
            : paragraphEnd;
    }

    private static void Add(DocumentAnalysis analysis, List<QuoteCandidate> result, Paragraph paragraph, int open, int end, bool closed, bool continues)
    {
        var text = analysis.Text;
        var innerStart = open + 1;
        var innerEnd = closed ? end - 1 : end;
        while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart]))
        {
            innerStart++;
        }

        while (innerEnd > innerStart && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ','))
        {
            innerEnd--;
        }

        if (innerEnd - innerStart < 1)
        {
            return;
        }

        var content = new TextSpan(innerStart, innerEnd);
        var words = content.Slice(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sentenceStart = analysis.SentenceAt(open)?.Span.Start ?? paragraph.Span.Start;
        var before = text.AsSpan(Math.Min(sentenceStart, open), Math.Max(0, open - sentenceStart)).Trim();
        result.Add(new QuoteCandidate
        {
            Outer = new TextSpan(open, end),
            Content = content,
            Paragraph = paragraph,
            StartsSentence = before.IsEmpty || before is "-" or "\u2014" or "\u2013" || FollowsSentenceEnd(before, text[innerStart]),
            AfterColon = before.EndsWith(":"),
            AfterSpeechVerb = IntroducedBySpeechVerb(text, before, open, content),
            LeftOpen = !closed,
            ContinuesPrevious = continues,
            WordCount = words.Length,
            IsNamedTerm = before.EndsWith("so-called", StringComparison.OrdinalIgnoreCase) || before.EndsWith("so called", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("known as", StringComparison.OrdinalIgnoreCase) || before.EndsWith("nicknamed", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("dubbed", StringComparison.OrdinalIgnoreCase) || IsPassiveNaming(before) || IsLabelAfterDeterminer(before, words.Length),
            IsTitleCase = words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "a" or "in" or "on" or "-" or "--" or "&"),
        });
    }

    /// <summary>'what is called "front-running"', 'a practice referred to as "parking"': the writer names a thing (not "called it "a good deal"").</summary>
    private static bool IsPassiveNaming(ReadOnlySpan<char> before) =>
        before.EndsWith(" is called", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" are called", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith(" was called", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" were called", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith(" referred to as", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" is termed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// 'the "big board" listing', 'money for the "rebels."': one or two quoted words right after "the" are the writer's label
    /// for a thing, not anyone's words ("a "listening session"", "was "ridiculous"", "its "sacred fight"" stay quotes).
    /// </summary>
    private static bool IsLabelAfterDeterminer(ReadOnlySpan<char> before, int words)
    {
        if (words > 2)
        {
            return false;
        }

        var space = before.LastIndexOfAny(' ', '\n', '\t');
        var last = before[(space + 1)..];
        return last.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>'Ruiz said, "We ...' or 'Ruiz said "We ...': a verb within the last few words, then the quote.</summary>
    private static bool IntroducedBySpeechVerb(string text, ReadOnlySpan<char> before, int open, TextSpan content)
    {
        const int window = 60;
        if (before.IsEmpty)
        {
            return false;
        }

        var mark = open - 1;
        while (mark > 0 && char.IsWhiteSpace(text[mark]))
        {
            mark--;
        }

        if (before[^1] == ',')
        {
            return SpeechCue.VerbsIn(text, Math.Max(0, mark - window), mark).Any();
        }

        // 'Ruiz said "the plan will fail."': a whole sentence after a bare frame is direct, though the wire wrote it in lower case.
        return (char.IsUpper(text[content.Start]) || IsWholeSentence(text, content))
            && PhraseReader.WordBefore(text, mark + 1, Math.Max(0, mark - window)) is { } w && SpeechVerbs.IsSpeechVerb(w.Text);
    }

    private static bool IsWholeSentence(string text, TextSpan content)
    {
        const int minWords = 4;
        return text[content.End - 1] is '.' or '!' or '?' && content.Slice(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= minWords;
    }

    /// <summary>'... analyst with Acme Inc. "The market ...': a sentence end the segmenter took for an abbreviation's dot.</summary>
    private static bool FollowsSentenceEnd(ReadOnlySpan<char> before, char first) =>
        before.Length > 0 && before[^1] is '.' or '!' or '?' && char.IsUpper(first);

    private static bool IsDoubleMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e';

    /// <summary>Curly marks say which way they face; a straight mark opens after a space or bracket and before a word.</summary>
    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        if (c is '\u201c' or '\u201e')
        {
            return true;
        }

        if (c == '\u201d')
        {
            return false;
        }

        if (c != '"')
        {
            return false;
        }

        var prev = i == 0 ? ' ' : text[i - 1];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u2014' or '-' or ':' or '\'' or '\u2018') && !char.IsWhiteSpace(next);
    }
}
