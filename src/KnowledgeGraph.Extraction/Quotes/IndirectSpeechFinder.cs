using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Reported speech without quote marks, kept precise: only a clause governed by a reporting verb
/// whose speaker resolves to an entity. "Ruiz said (that) ...", "..., the ministry said.",
/// "According to Ruiz, ...", "..., telling reporters (that) ...". Sentences with quote marks are
/// left to the direct and partial quotes.
/// </summary>
internal sealed partial class IndirectSpeechFinder
{
    private const int MinClauseWords = 4;
    private const int MaxWordsCommaToVerb = 8;

    private readonly AttributionContext _context;
    private readonly PublisherCredit _publishers;

    public IndirectSpeechFinder(AttributionContext context)
    {
        _context = context;
        _publishers = new PublisherCredit(context.Analysis);
    }

    private string Text => _context.Text;

    public List<IndirectSpeech> Find()
    {
        var result = new List<IndirectSpeech>();
        foreach (var sentence in _context.Analysis.Sentences)
        {
            if (_context.Analysis.Paragraphs[sentence.ParagraphIndex].Kind != ParagraphKind.Body || _context.IsInsideQuote(sentence.Span) || HasQuoteMark(sentence.Span))
            {
                continue;
            }

            if (AccordingTo(sentence.Span) is { } according)
            {
                result.Add(according);
                continue;
            }

            foreach (var verb in SpeechCue.VerbsIn(Text, sentence.Span.Start, sentence.Span.End).Where(v => SpeechVerbs.Reporting.Contains(v.Text)))
            {
                if (IsPassive(verb, sentence.Span.Start))
                {
                    continue;
                }

                var found = ClauseBefore(sentence.Span, verb) ?? ClauseAfter(sentence.Span, verb);
                if (found is not null)
                {
                    result.Add(found);
                }
            }
        }

        return result;
    }

    /// <summary>"..., the ministry said." / "..., Ruiz said on Monday, ...": the clause is what precedes the comma.</summary>
    private IndirectSpeech? ClauseBefore(TextSpan sentence, PhraseToken verb)
    {
        var comma = Text.LastIndexOf(',', verb.Span.Start, verb.Span.Start - sentence.Start);
        if (comma <= sentence.Start || !SpeechCue.TailIsAdverbial(Text, verb.Span.End, SentenceEnd(sentence)) || WordCount(comma + 1, verb.Span.Start) > MaxWordsCommaToVerb)
        {
            return null;
        }

        var speaker = _context.Speakers.Before(verb.Span.Start, comma + 1);
        var clause = Trim(new TextSpan(sentence.Start, comma));
        return speaker is null || _publishers.IsPublisher(speaker.EntityId, verb.Text) || WordCount(clause.Start, clause.End) < MinClauseWords
            ? null
            : new IndirectSpeech(clause, new Attribution(speaker.EntityId, null, "indirect-clause-then-speaker", SpeechCue.Cover(speaker.Span, verb.Span)));
    }

    /// <summary>"Ruiz said (on Monday) (that) ..." / "..., telling reporters (that) ...": the clause runs to the sentence end or the next attribution.</summary>
    private IndirectSpeech? ClauseAfter(TextSpan sentence, PhraseToken verb)
    {
        var speaker = _context.Speakers.ForVerb(sentence.Start, verb);
        if (speaker is null || _publishers.IsPublisher(speaker.EntityId, verb.Text))
        {
            return null;
        }

        var (addressee, start) = Sieves.SpeakerVerbAfterQuoteSieve.Addressee(_context, verb, sentence.End);
        if (SpeechVerbs.TakesAddressee(verb.Text) && start == verb.Span.End)
        {
            return null;
        }

        var that = ThatWithin().Match(Text, start, Math.Min(sentence.End, start + 40) - start);
        if (that.Success)
        {
            start = that.Index + that.Length;
        }
        else if (SpeechVerbs.NeedThat.Contains(verb.Text))
        {
            // "Acme reported a loss", "she announced a plan": an object, not a reported clause.
            return null;
        }
        else if (SpeechVerbs.TakesAddressee(verb.Text) && addressee is null && ThatAfterAddressee().Match(Text, verb.Span.End, sentence.End - verb.Span.End) is { Success: true } told)
        {
            // "told a group of farm leaders that ...": the clause starts after "that".
            start = told.Index + told.Length;
        }
        else if (SpeechVerbs.TakesAddressee(verb.Text) && addressee is null && PhraseReader.WordAfter(Text, verb.Span.End, sentence.End) is { Text: "a" or "an" or "the" or "his" or "her" or "their" })
        {
            return null;
        }

        var end = SentenceEnd(sentence);
        var later = NextAttributionComma(start, end);
        var clause = Trim(new TextSpan(start, later ?? end));
        if (WordCount(clause.Start, clause.End) < MinClauseWords || Text[clause.Start] is ',' or ':' || !char.IsLetterOrDigit(Text[clause.Start]))
        {
            return null;
        }

        return new IndirectSpeech(clause, new Attribution(speaker.EntityId, addressee, "indirect-speaker-verb-clause", SpeechCue.Cover(speaker.Span, verb.Span)));
    }

    /// <summary>"According to Ruiz, ..." and "..., according to the ministry."</summary>
    private IndirectSpeech? AccordingTo(TextSpan sentence)
    {
        var m = AccordingToPattern().Match(Text, sentence.Start, sentence.Length);
        if (!m.Success)
        {
            return null;
        }

        var phraseEnd = Text.IndexOfAny([',', '.'], m.Index + m.Length);
        var limit = phraseEnd < 0 || phraseEnd > sentence.End ? sentence.End : phraseEnd;
        var speaker = _context.Speakers.After(m.Index + m.Length, limit);
        if (speaker is null)
        {
            return null;
        }

        var atStart = m.Index == sentence.Start;
        var clause = atStart ? Trim(new TextSpan(limit + 1, SentenceEnd(sentence))) : Trim(new TextSpan(sentence.Start, m.Index));
        return WordCount(clause.Start, clause.End) < MinClauseWords
            ? null
            : new IndirectSpeech(clause, new Attribution(speaker.EntityId, null, "indirect-according-to", new TextSpan(m.Index, limit)));
    }

    /// <summary>
    /// Where a clause stops: at a trailing attribution ("..., the central bank said.") whether or not
    /// its speaker is known, or at a participle that starts the speaker's next point ("..., adding that ...").
    /// </summary>
    private int? NextAttributionComma(int start, int end)
    {
        foreach (var verb in SpeechCue.VerbsIn(Text, start, end).Where(v => SpeechVerbs.Reporting.Contains(v.Text)))
        {
            var comma = Text.LastIndexOf(',', verb.Span.Start, verb.Span.Start - start);
            if (comma <= start)
            {
                continue;
            }

            var between = WordCount(comma + 1, verb.Span.Start);
            if (between == 0 && SpeechVerbs.IsParticiple(verb.Text)
                || between is > 0 and <= MaxWordsCommaToVerb && SpeechCue.TailIsAdverbial(Text, verb.Span.End, end) && !IsPassive(verb, comma + 1))
            {
                return comma;
            }
        }

        return null;
    }

    private bool IsPassive(PhraseToken verb, int sentenceStart) =>
        PhraseReader.WordBefore(Text, verb.Span.Start, sentenceStart) is { Text: "is" or "was" or "were" or "are" or "be" or "been" or "being" or "when" or "if" or "as" }
        || PhraseReader.WordAfter(Text, verb.Span.End, Text.Length) is { Text: "to" or "by" };

    private bool HasQuoteMark(TextSpan span) => Text.AsSpan(span.Start, span.Length).IndexOfAny("\"\u201c\u201d") >= 0;

    private int SentenceEnd(TextSpan sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && (Text[end - 1] is '.' or '!' or '?' || char.IsWhiteSpace(Text[end - 1])))
        {
            end--;
        }

        return end;
    }

    private TextSpan Trim(TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(Text[start]) || Text[start] == ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or '.'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private int WordCount(int from, int to) =>
        Text.AsSpan(from, Math.Max(0, to - from)).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\G(?:\s+(?:on|in|at|last|this|earlier|later|\p{Lu}\p{Ll}+|\d+|early|late|a|the|statement|interview|briefing|news|conference|week|month|year))*?\s+that\b")]
    private static partial Regex ThatWithin();

    [GeneratedRegex(@"\G(?:\s+[\w'\u2019-]+){1,8}?\s+that\b")]
    private static partial Regex ThatAfterAddressee();

    [GeneratedRegex(@"\b[Aa]ccording to\b")]
    private static partial Regex AccordingToPattern();
}
