using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes.Sieves;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The quote stage: finds quoted words (direct, partial) and reported speech (indirect), and
/// attributes each with ordered sieves; the first sieve that answers decides and is named in the
/// evidence. A quote with no speaker we trust keeps a null speaker rather than a guessed one.
/// </summary>
public sealed class QuoteExtractor : IExtractionStage
{
    private static readonly IReadOnlyList<IAttributionSieve> Sieves =
    [
        new SpeakerVerbAfterQuoteSieve(),
        new SpeakerVerbBeforeQuoteSieve(),
        new PronounSpeakerSieve(),
        new ReportedSpeechSubjectSieve(),
        new AccordingToSieve(),
        new NamingVerbSieve(),
        new ColonSentenceSubjectSieve(),
        new SentenceFinalAttributionSieve(),
        new ContinuedQuoteSieve(),
        new ParagraphAfterReportedSpeechSieve(),
    ];

    private readonly QuoteOptions _options;

    public QuoteExtractor(QuoteOptions? options = null) => _options = options ?? new QuoteOptions();

    public string Name => "quotes";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var candidates = QuoteMarkScanner.Scan(analysis);
        var context = new AttributionContext(analysis, candidates);
        foreach (var candidate in candidates)
        {
            foreach (var sieve in Sieves)
            {
                if (sieve.Attribute(candidate, context) is { } attribution)
                {
                    context.Decide(candidate, attribution);
                    break;
                }
            }
        }

        CarryBackOverOpenParagraphs(context);
        QuoteBetweenOneSpeaker.Attribute(context);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var attribution = context.DecidedFor(candidate);
            var last = LastOfContinuedQuote(candidates, i);
            if (Keeps(candidate, attribution, analysis.Text))
            {
                var span = new TextSpan(candidate.Content.Start, candidates[last].Content.End);
                analysis.Quotes.Add(Build(analysis, candidate.IsDirect ? QuoteKind.Direct : QuoteKind.Partial, span, attribution ?? context.DecidedFor(candidates[last])));
            }

            i = last;
        }

        if (_options.IncludeIndirect)
        {
            foreach (var speech in new IndirectSpeechFinder(context).Find())
            {
                analysis.Quotes.Add(Build(analysis, QuoteKind.Indirect, speech.Clause, speech.Attribution));
            }
        }
    }

    /// <summary>
    /// Headlines and captions give no quotes unless attributed right there; a so-called term never; a partial quote only
    /// with its speaker (else it is a scare quote or a title); a direct one when it is long enough.
    /// </summary>
    private bool Keeps(QuoteCandidate candidate, Attribution? attribution, string text)
    {
        var attributed = attribution?.SpeakerId is not null;
        if (candidate.IsNamedTerm)
        {
            return false;
        }

        if (!candidate.InBody)
        {
            return attributed && attribution!.Rule is "speaker-verb-after-quote" or "verb-speaker-after-quote" or "speaker-verb-before-quote";
        }

        if (!candidate.IsDirect || candidate.IsTitleCase)
        {
            // '... the rains were "not good but still not bad," one trader said.': an unnamed source's words are still a quote.
            return attributed || !candidate.IsTitleCase && attribution?.Rule switch
            {
                ReportedSpeechSubjectSieve.UnnamedSourceRule => true,
                SpeakerVerbAfterQuoteSieve.UnnamedRule => NamesSource(text, attribution.Cue),
                _ => false,
            };
        }

        return attributed || candidate.WordCount >= _options.MinWordsUnattributedDirect;
    }

    /// <summary>'one trader said', 'two dealers added': the cue's subject is a source noun, not 'the demonstrators adopted a declaration saying'.</summary>
    private static bool NamesSource(string text, TextSpan cue)
    {
        var words = cue.Slice(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Select(w => w.Trim(',', '.')).Any(w => NameLexicon.IsSourceNoun(w) || NameLexicon.AnonymousSources.Contains(w.TrimEnd('s')));
    }

    /// <summary>
    /// A quote left open at a paragraph end and reopened by the next one is one quote, however many
    /// paragraphs it runs over (its span keeps the reopening marks): the index of its last part.
    /// </summary>
    private static int LastOfContinuedQuote(List<QuoteCandidate> candidates, int first)
    {
        var last = first;
        while (last + 1 < candidates.Count && candidates[last].LeftOpen && candidates[last + 1].ContinuesPrevious)
        {
            last++;
        }

        return last;
    }

    /// <summary>A quote left open at a paragraph end takes the speaker of the paragraph that closes it: '"... (no close)' / '"...," she said.'</summary>
    private static void CarryBackOverOpenParagraphs(AttributionContext context)
    {
        var candidates = context.Candidates;
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var next = candidates[i + 1];
            if (candidates[i].LeftOpen && next.ContinuesPrevious && context.DecidedFor(candidates[i]) is null && context.DecidedFor(next) is { SpeakerId: not null } decided)
            {
                context.Decide(candidates[i], decided with { Rule = "multi-paragraph-quote" });
            }
        }
    }

    private static Quote Build(DocumentAnalysis analysis, QuoteKind kind, TextSpan span, Attribution? attribution)
    {
        var text = span.Slice(analysis.Document.Text);
        var clause = attribution is null ? span : attribution.Cue;
        return new Quote
        {
            Id = StableId.ForQuote(analysis.Document.Id, span, text),
            Kind = kind,
            Text = text,
            Span = span,
            SpeakerId = attribution?.SpeakerId,
            AddresseeId = attribution?.AddresseeId,
            Time = TimeAnchor.For(analysis, clause, exclude: span),
            MentionIds = [.. analysis.MentionsIn(span).Select(m => m.EntityId).Distinct(StringComparer.Ordinal)],
            Evidence = analysis.EvidenceFor(span, attribution?.Rule ?? "unattributed"),
        };
    }
}
