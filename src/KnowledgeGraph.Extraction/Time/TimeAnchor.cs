using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Gives a fact (event or quote) its time, as a careful reader would: a date or time expression
/// inside its clause, else in its sentence, else the reference time carried from the previous
/// sentences of the same paragraph ("They met on Monday. The talks lasted hours."), else the report
/// date flagged <see cref="TimeValue.IsReportDate"/>. The time stage must have run. A quote passes
/// its own span as <c>exclude</c>: "last year" inside the quoted words dates what is talked about,
/// not when it was said.
/// </summary>
public static class TimeAnchor
{
    // How many sentences back a reference time is carried within a paragraph.
    private const int CarryBack = 2;

    public static TimeValue? For(DocumentAnalysis analysis, TextSpan clause, TextSpan? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (Nearest(analysis, clause, clause, exclude) is { } inClause)
        {
            return inClause;
        }

        var sentence = analysis.SentenceAt(clause.Start);
        if (sentence is null)
        {
            return ReportDate(analysis);
        }

        if (Nearest(analysis, sentence.Span, clause, exclude) is { } inSentence)
        {
            return inSentence;
        }

        // Carried from the previous sentences of the paragraph: the last dated expression there.
        for (var i = sentence.Index - 1; i >= 0 && i >= sentence.Index - CarryBack; i--)
        {
            var previous = analysis.Sentences[i];
            if (previous.ParagraphIndex != sentence.ParagraphIndex)
            {
                break;
            }

            var carried = analysis.Timexes.LastOrDefault(t => previous.Span.Contains(t.Span) && IsAnchor(t) && !Excluded(t, exclude));
            if (carried is not null)
            {
                return carried with { Rule = "carried:" + carried.Rule };
            }
        }

        return ReportDate(analysis);
    }

    /// <summary>The publication date standing in for an undated fact, flagged so nobody mistakes it for the event date.</summary>
    public static TimeValue? ReportDate(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.ReferenceDate is not { } d)
        {
            return null;
        }

        return new TimeValue
        {
            DocumentId = analysis.Document.Id,
            Text = "",
            Value = CalendarMath.Day(d),
            Type = TimexType.Date,
            Span = new TextSpan(0, 0),
            Start = d,
            End = d.AddDays(1),
            Precision = TimePrecision.Day,
            IsReportDate = true,
            Rule = "report-date",
        };
    }

    /// <summary>A time that can date a fact: a calendar date or time with an interval (not "now", not a duration).</summary>
    private static bool IsAnchor(TimeValue t) => t.Type is TimexType.Date or TimexType.Time && t.Start is not null;

    private static bool Excluded(TimeValue t, TextSpan? exclude) => exclude is { } x && x.Contains(t.Span);

    /// <summary>The anchor expression inside <paramref name="scope"/> (and not inside <paramref name="exclude"/>) closest to <paramref name="clause"/>.</summary>
    private static TimeValue? Nearest(DocumentAnalysis analysis, TextSpan scope, TextSpan clause, TextSpan? exclude)
    {
        TimeValue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in analysis.Timexes)
        {
            if (!scope.Contains(t.Span) || !IsAnchor(t) || Excluded(t, exclude))
            {
                continue;
            }

            var distance = t.Span.End <= clause.Start ? clause.Start - t.Span.End : t.Span.Start >= clause.End ? t.Span.Start - clause.End : 0;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }
}
