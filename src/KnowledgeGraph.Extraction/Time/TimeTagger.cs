using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The time stage: finds time expressions (our compiled patterns first, Recognizers on the
/// windows they leave) and resolves each, in text order, to a TIMEX3 value with its interval,
/// against the publication date, the tense of its clause and the narrative's last date.
/// </summary>
public sealed class TimeTagger : IExtractionStage
{
    private readonly TimeTaggerOptions _options;

    public TimeTagger(TimeTaggerOptions? options = null) => _options = options ?? TimeTaggerOptions.Default;

    public string Name => "time";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var candidates = FastTimexScanner.Scan(text);
        if (_options.UseRecognizers)
        {
            candidates.AddRange(RecognizerFallback.Find(text, candidates, offset => SentenceSpan(analysis, offset)));
            candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        var resolver = new TimexResolver(analysis.ReferenceDate);
        foreach (var c in candidates)
        {
            var tense = TimexResolver.NeedsTense(c) ? TenseDetector.Detect(text, SentenceSpan(analysis, c.Span.Start), c.Span) : ClauseTense.Unknown;
            if (c.Kind == TimexKind.Weekday && IsPossessive(text, c.Span.End))
            {
                // "Wednesday's ruling", "Thursday's close": a day naming a noun is one already reported.
                tense = ClauseTense.Past;
            }
            if (resolver.Resolve(c, tense) is not { } r)
            {
                continue;
            }

            var (start, end, precision) = r.Type is TimexType.Date or TimexType.Time ? TimexInterval.Of(r.Value) : (null, null, TimePrecision.Unknown);
            analysis.Timexes.Add(new TimeValue
            {
                DocumentId = analysis.Document.Id,
                Text = c.Span.Slice(text),
                Value = r.Value,
                Type = r.Type,
                Span = c.Span,
                Start = start,
                End = end,
                Precision = precision,
                Rule = r.Rule,
            });
        }
    }

    private static bool IsPossessive(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("’s", StringComparison.Ordinal);

    private static TextSpan SentenceSpan(DocumentAnalysis analysis, int offset) =>
        analysis.SentenceAt(offset)?.Span ?? new TextSpan(0, analysis.Text.Length);
}
