using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Gives a fact (event or quote) its time: an expression inside its clause, else in its sentence,
/// else the report date marked as such. The time stage must have run.
/// </summary>
public static class TimeAnchor
{
    public static TimeValue? For(DocumentAnalysis analysis, TextSpan clause)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var inClause = analysis.Timexes.FirstOrDefault(t => clause.Contains(t.Span) && t.Type is TimexType.Date or TimexType.Time);
        if (inClause is not null)
        {
            return inClause;
        }

        var sentence = analysis.SentenceAt(clause.Start);
        if (sentence is not null)
        {
            var inSentence = analysis.Timexes.FirstOrDefault(t => sentence.Span.Contains(t.Span) && t.Type is TimexType.Date or TimexType.Time);
            if (inSentence is not null)
            {
                return inSentence;
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
            Value = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Type = TimexType.Date,
            Span = new TextSpan(0, 0),
            Start = d,
            End = d.AddDays(1),
            Precision = TimePrecision.Day,
            IsReportDate = true,
            Rule = "report-date",
        };
    }
}
