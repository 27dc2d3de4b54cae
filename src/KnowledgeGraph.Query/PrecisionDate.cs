using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Query;

/// <summary>Writes a date only as far as it is known, so "last year" shows as "2023", not as "2023-01-01".</summary>
public static class PrecisionDate
{
    public static string? Format(DateOnly? date, TimePrecision? precision)
    {
        if (date is not { } d)
        {
            return null;
        }

        var format = precision switch
        {
            TimePrecision.Year or TimePrecision.Decade or TimePrecision.Century => "yyyy",
            TimePrecision.Month or TimePrecision.Season or TimePrecision.Quarter or TimePrecision.Half => "yyyy-MM",
            _ => "yyyy-MM-dd",
        };
        return d.ToString(format, CultureInfo.InvariantCulture);
    }
}
