using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The calendar stretch [Start, End) and precision a TIMEX3 date value names, read from the value
/// itself so every rule (and the Recognizers fallback) gets intervals the same way.
/// </summary>
internal static partial class TimexInterval
{
    public static (DateOnly? Start, DateOnly? End, TimePrecision Precision) Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var m = DateValue().Match(value);
        if (!m.Success)
        {
            return (null, null, TimePrecision.Unknown);
        }

        var y = m.Groups["y"].Value;
        if (y.Length == 2)
        {
            var c = Int(y) * 100;
            return (new DateOnly(Math.Max(c, 1), 1, 1), new DateOnly(c + 100, 1, 1), TimePrecision.Century);
        }

        if (y.Length == 3)
        {
            var d = Int(y) * 10;
            return (new DateOnly(d, 1, 1), new DateOnly(d + 10, 1, 1), TimePrecision.Decade);
        }

        var year = Int(y);
        if (year is < 1 or > 9998)
        {
            return (null, null, TimePrecision.Unknown);
        }

        var rest = m.Groups["rest"].Value;
        if (rest.Length == 0)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), TimePrecision.Year);
        }

        var r = RestValue().Match(rest);
        if (!r.Success)
        {
            return (null, null, TimePrecision.Unknown);
        }

        if (r.Groups["month"].Success)
        {
            var month = Int(r.Groups["month"].Value);
            if (month is < 1 or > 12)
            {
                return (null, null, TimePrecision.Unknown);
            }

            var start = new DateOnly(year, month, 1);
            if (!r.Groups["day"].Success)
            {
                return (start, start.AddMonths(1), TimePrecision.Month);
            }

            var day = Int(r.Groups["day"].Value);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return (null, null, TimePrecision.Unknown);
            }

            var date = new DateOnly(year, month, day);
            return (date, date.AddDays(1), TimePrecision.Day);
        }

        if (r.Groups["week"].Success)
        {
            var week = Int(r.Groups["week"].Value);
            if (week is < 1 or > 53)
            {
                return (null, null, TimePrecision.Unknown);
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return r.Groups["we"].Success
                ? (monday.AddDays(5), monday.AddDays(7), TimePrecision.Weekend)
                : (monday, monday.AddDays(7), TimePrecision.Week);
        }

        if (r.Groups["q"].Success)
        {
            var q = Int(r.Groups["q"].Value);
            var start = new DateOnly(year, ((q - 1) * 3) + 1, 1);
            return (start, start.AddMonths(3), TimePrecision.Quarter);
        }

        if (r.Groups["h"].Success)
        {
            var start = new DateOnly(year, r.Groups["h"].Value == "1" ? 1 : 7, 1);
            return (start, start.AddMonths(6), TimePrecision.Half);
        }

        if (r.Groups["season"].Success)
        {
            var first = CalendarMath.SeasonStartMonth(r.Groups["season"].Value);
            // Winter 2012 runs from December 2012 into 2013, as TimeML reads "2012-WI".
            var start = new DateOnly(year, first, 1);
            return (start, start.AddMonths(3), TimePrecision.Season);
        }

        return (null, null, TimePrecision.Unknown);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{2,4})(?<rest>(-.*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateValue();

    [GeneratedRegex(@"^-(?:(?<month>\d\d)(?:-(?<day>\d\d))?(?:T.*)?|W(?<week>\d\d)(?<we>-WE)?|Q(?<q>[1-4])|H(?<h>[12])|(?<season>SP|SU|FA|WI))$", RegexOptions.CultureInvariant)]
    private static partial Regex RestValue();
}
