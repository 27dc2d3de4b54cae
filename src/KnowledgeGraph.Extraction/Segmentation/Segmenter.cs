using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Segmentation;

/// <summary>
/// Splits a document into paragraphs (blank lines, indented lines, or a line that ends a sentence)
/// and sentences, and marks headlines, section headings and photo captions.
/// </summary>
public sealed partial class Segmenter : IExtractionStage
{
    // Abbreviations after which a full stop does not end a sentence.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "messrs", "mme", "mlle",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "no", "nos", "vs", "etc", "approx",
        "fig", "vol", "ed", "est", "mt", "ft", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Name => "segmentation";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        foreach (var span in SplitParagraphs(text))
        {
            var index = analysis.Paragraphs.Count;
            var kind = Classify(text, span, index);
            analysis.Paragraphs.Add(new Paragraph(index, span, kind));
            foreach (var s in SplitSentences(text, span))
            {
                analysis.Sentences.Add(new Sentence(analysis.Sentences.Count, s, index));
            }
        }
    }

    internal static IEnumerable<TextSpan> SplitParagraphs(string text)
    {
        var start = 0;
        var i = 0;
        var indentedParagraphs = IndentedLine().IsMatch(text);
        while (i < text.Length)
        {
            if (text[i] != '\n')
            {
                i++;
                continue;
            }

            var lineEnd = i;
            var next = i + 1;
            var blank = false;
            // A run of blank lines.
            var j = next;
            while (j < text.Length)
            {
                var k = j;
                while (k < text.Length && text[k] is ' ' or '\t' or '\r')
                {
                    k++;
                }

                if (k < text.Length && text[k] == '\n')
                {
                    blank = true;
                    j = k + 1;
                    continue;
                }

                break;
            }

            var indented = j < text.Length && (text[j] == '\t' || (j + 1 < text.Length && text[j] == ' ' && text[j + 1] == ' '));
            // A wrapped line may end with "U.S." or ")" inside a quotation: while a double quote opened in this
            // paragraph is still open, only a blank or indented line (or a line reopening a quote) ends the paragraph.
            var endsSentence = EndsSentence(text, start, lineEnd) && !(QuoteOpen(text, start, lineEnd) && !OpensWithQuoteMark(text, j) && !IsSignOff(text, j));

            // '... said U.S.' wrapped before 'West vice president ...': where indentation marks paragraphs, a line
            // ending in an abbreviation ("U.S.", "Corp.") and followed by an unindented line goes on, unless that line is the sign-off
            // ("... of Acme Inc." then " Reuter").
            if (endsSentence && indentedParagraphs && !indented && !blank && lineEnd > start && text[lineEnd - 1] == '.' && IsAbbreviation(text, start, lineEnd - 1)
                && !IsSignOff(text, j))
            {
                endsSentence = false;
            }

            // '... went to\nthe Organisation for Economic Cooperation (OECD)\ncountries.': where indentation marks paragraphs,
            // an unindented line that starts in lower case goes on the sentence of the line before.
            if (endsSentence && indentedParagraphs && !indented && !blank && j < text.Length && char.IsLower(text[j]))
            {
                endsSentence = false;
            }

            // '"...,"' then an indented "he said.": the attribution line belongs to the quote's paragraph.
            if (indented && !blank && HandsOverToAttribution(text, start, lineEnd, j))
            {
                indented = false;
            }

            if (blank || indented || endsSentence)
            {
                var span = Trim(text, start, lineEnd);
                if (span.Length > 0)
                {
                    yield return span;
                }

                start = j;
            }

            i = j > i ? j : i + 1;
        }

        var last = Trim(text, start, text.Length);
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static bool EndsSentence(string text, int lineStart, int lineEnd)
    {
        var k = lineEnd - 1;
        while (k >= lineStart && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        // A line ending ',"' hands over to its attribution on the next line ("...," she\nsaid.): not a paragraph end.
        if (k > lineStart && text[k] is '"' or '\u201d' && text[k - 1] == ',')
        {
            return false;
        }

        return k >= lineStart && text[k] is '.' or '!' or '?' or '"' or '\u201d' or ')' or ':' or '\u2019';
    }

    /// <summary>An odd number of straight marks, or more curly openings than closings, since the paragraph start.</summary>
    private static bool QuoteOpen(string text, int start, int end)
    {
        var straight = 0;
        var curly = 0;
        for (var k = start; k < end; k++)
        {
            switch (text[k])
            {
                case '"':
                    straight++;
                    break;
                case '\u201c':
                    curly++;
                    break;
                case '\u201d':
                    curly--;
                    break;
            }
        }

        return straight % 2 == 1 || curly > 0;
    }

    // " Reuter", "AFP": a one-word last line signs the story off; an unclosed quote does not run into it.
    private static bool IsSignOff(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        var line = text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart).Trim();
        return !line.IsEmpty && !line.Contains(' ') && (end < 0 || text.AsSpan(end).Trim().IsEmpty);
    }

    private static bool OpensWithQuoteMark(string text, int lineStart)
    {
        var k = lineStart;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k < text.Length && text[k] is '"' or '\u201c';
    }

    /// <summary>A line that starts with an indent: the document marks its paragraphs so.</summary>
    [GeneratedRegex(@"\n(?:\t| {2,})\S")]
    private static partial Regex IndentedLine();

    private static bool HandsOverToAttribution(string text, int lineStart, int lineEnd, int nextLine)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var next = text.AsSpan(nextLine).TrimStart();
        return (line.EndsWith(",\"") || line.EndsWith(",\u201d")) && !next.IsEmpty && char.IsLower(next[0]);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    internal static List<TextSpan> SplitSentences(string text, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        var start = paragraph.Start;
        foreach (var m in SentenceEnd().EnumerateMatches(text.AsSpan(paragraph.Start, paragraph.Length)))
        {
            var dot = paragraph.Start + m.Index;
            if (text[dot] == '.' && IsAbbreviation(text, start, dot))
            {
                continue;
            }

            var end = dot + m.Length;
            var span = Trim(text, start, end);
            if (span.Length > 0)
            {
                result.Add(span);
            }

            start = end;
        }

        var rest = Trim(text, start, paragraph.End);
        if (rest.Length > 0)
        {
            result.Add(rest);
        }

        return result;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var k = dot - 1;
        while (k >= sentenceStart && (char.IsLetter(text[k]) || text[k] == '.'))
        {
            k--;
        }

        var word = text[(k + 1)..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // An initial: "J. Smith", or a dotted acronym: "U.S." followed by a lower-case word.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // Dotted initials: "W.A. Kistler", "E.F. Hutton".
        if (word.Length is 3 or 5 && Enumerable.Range(0, word.Length).All(n => n % 2 == 0 ? char.IsUpper(word[n]) : word[n] == '.'))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }

    private static ParagraphKind Classify(string text, TextSpan span, int index)
    {
        var s = span.Slice(text);
        if (CaptionPattern().IsMatch(s))
        {
            return ParagraphKind.Caption;
        }

        var lastChar = s[^1];
        var terminal = lastChar is '.' or '!' or '?' or '"' or '\u201d' or ':' or ';' or ',';
        if (!terminal && s.Length <= 160)
        {
            return index == 0 ? ParagraphKind.Headline : ParagraphKind.Heading;
        }

        return ParagraphKind.Body;
    }

    // End of sentence: . ! ? then optional closing quotes or brackets, then space and a capital, digit or quote.
    [GeneratedRegex("""[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[\p{Lu}\d])""")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(\(FILES?\)|In this (pool |handout |file )?photo|\(Photo\b|Photo:)|\((AFP|Reuters|AP|Getty Images)\)\s*$|\(Photo by [^)]*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();
}
