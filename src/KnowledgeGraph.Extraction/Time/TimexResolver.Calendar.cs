using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>Calendar names without a year: the tense of the clause picks the occurrence.</summary>
internal sealed partial class TimexResolver
{
    /// <summary>
    /// Picks one occurrence of a recurring stretch (occurrence(k) for k = -2..2 around the reference):
    /// past tense takes the latest that has begun by the report day (so "met on Wednesday", written on
    /// a Wednesday, is that day); future the earliest not yet over; present the one holding the day, else the nearest.
    /// </summary>
    private static (DateOnly Start, DateOnly End) Pick(Func<int, (DateOnly Start, DateOnly End)> occurrence, DateOnly r, ClauseTense tense)
    {
        var all = Enumerable.Range(-2, 5).Select(occurrence).ToList();
        return tense switch
        {
            ClauseTense.Future => all.First(o => o.End > r),
            ClauseTense.Present => all.FirstOrDefault(o => o.Start <= r && r < o.End) is { End.Year: > 1 } holding
                ? holding
                : all.MinBy(o => Math.Min(Math.Abs(o.Start.DayNumber - r.DayNumber), Math.Abs(o.End.DayNumber - 1 - r.DayNumber))),
            _ => all.Last(o => o.Start <= r),
        };
    }

    // A dated deadline told in the past tense ("extended the offer to Nov. 20", written on Nov. 2) is
    // usually just ahead, not a year back: within this many days ahead, the coming one is taken.
    private const int PastClauseLookAheadDays = 45;

    /// <summary>
    /// For calendar dates and months: past tense takes the latest occurrence begun by the report day,
    /// unless one begins within <see cref="PastClauseLookAheadDays"/> after it; without a tense, the nearest.
    /// </summary>
    private static (DateOnly Start, DateOnly End) PickDated(Func<int, (DateOnly Start, DateOnly End)> occurrence, DateOnly r, ClauseTense tense)
    {
        if (tense == ClauseTense.Past)
        {
            var next = Enumerable.Range(-2, 5).Select(occurrence).First(o => o.Start > r);
            return next.Start.DayNumber - r.DayNumber <= PastClauseLookAheadDays ? next : Pick(occurrence, r, tense);
        }

        return Pick(occurrence, r, tense == ClauseTense.Unknown ? ClauseTense.Present : tense);
    }

    private ResolvedTimex? Calendar(TimexCandidate c, ClauseTense tense)
    {
        if (c.Month is not { } month)
        {
            return c.Year is { } y ? new ResolvedTimex(CalendarMath.Year(y), TimexType.Date, c.Rule) : null;
        }

        if (c.Day is { } day)
        {
            if (c.Year is { } year)
            {
                return day <= DateTime.DaysInMonth(year, month) ? new ResolvedTimex(CalendarMath.Day(new DateOnly(year, month, day)), TimexType.Date, c.Rule) : null;
            }

            if (_reference is not { } r)
            {
                return new ResolvedTimex($"XXXX-{month:00}-{day:00}", TimexType.Date, c.Rule);
            }

            if (c.Weekday is { } wd)
            {
                // "Saturday, April 25": the year whose April 25 is a Saturday, nearest the report.
                var agreeing = Enumerable.Range(-6, 13).Select(k => OneDay(r.Year + k, month, day).Start)
                    .Where(d => d.Day == day && CalendarMath.IsoWeekday(d) == wd)
                    .OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).ToList();
                if (agreeing.Count > 0)
                {
                    return new ResolvedTimex(CalendarMath.Day(agreeing[0]), TimexType.Date, c.Rule + "-weekday-agrees");
                }
            }

            // Without a tense, a day-month is the nearest one: "payable Dec. 7", "the offer expires Nov. 6".
            var picked = PickDated(k => OneDay(r.Year + k, month, day), r, tense);
            return new ResolvedTimex(CalendarMath.Day(picked.Start), TimexType.Date, c.Rule + "-" + TenseName(tense));
        }

        return c.Year is { } yy
            ? new ResolvedTimex(CalendarMath.Month(yy, month), TimexType.Date, c.Rule)
            : Month(c, tense);
    }

    private static (DateOnly Start, DateOnly End) OneDay(int year, int month, int day)
    {
        // 29 February in a common year falls back to the 28th; the pick stays in the right year.
        var d = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        return (d, d.AddDays(1));
    }

    private ResolvedTimex? Month(TimexCandidate c, ClauseTense tense)
    {
        var month = c.Month!.Value;
        if (_reference is not { } r)
        {
            return new ResolvedTimex($"XXXX-{month:00}", TimexType.Date, c.Rule);
        }

        if (c.Unit == "Y")
        {
            // "January this year", "June last year".
            return new ResolvedTimex(CalendarMath.Month(r.Year + (c.Direction ?? 0), month), TimexType.Date, c.Rule);
        }

        (DateOnly Start, DateOnly End) Occurrence(int k)
        {
            var start = new DateOnly(r.Year + k, month, 1);
            return (start, start.AddMonths(1));
        }

        var current = new DateOnly(r.Year, r.Month, 1);
        var picked = c.Direction switch
        {
            // "last April": the latest April before last month (last month is "last month"); "next March": the first after this one.
            < 0 => Enumerable.Range(-2, 5).Select(Occurrence).Last(o => o.Start < current.AddMonths(-1)),
            > 0 => Enumerable.Range(-2, 5).Select(Occurrence).First(o => o.Start > current),
            0 => Occurrence(0),
            _ => PickDated(Occurrence, r, tense),
        };
        return new ResolvedTimex(CalendarMath.Month(picked.Start.Year, picked.Start.Month), TimexType.Date, c.Rule + "-" + TenseName(tense));
    }

    private ResolvedTimex? Weekday(TimexCandidate c, ClauseTense tense)
    {
        var wd = c.Weekday!.Value;
        var suffix = c.Code is null ? "" : "T" + c.Code;
        var type = c.Code is null ? TimexType.Date : TimexType.Time;
        var basis = c.Unit == "anaphoric" && _anchor is { Precision: TimePrecision.Day } a ? a.Start : _reference;
        if (basis is not { } r)
        {
            return new ResolvedTimex($"XXXX-WXX-{wd}{suffix}", type, c.Rule);
        }

        var delta = wd - CalendarMath.IsoWeekday(r);
        (DateOnly Start, DateOnly End) Occurrence(int k)
        {
            var d = r.AddDays(delta + (7 * k));
            return (d, d.AddDays(1));
        }

        var picked = c.Direction switch
        {
            < 0 => Enumerable.Range(-2, 5).Select(Occurrence).Last(o => o.Start < r),
            > 0 => Enumerable.Range(-2, 5).Select(Occurrence).First(o => o.Start > r),
            0 => Occurrence(0),
            _ => Pick(Occurrence, r, tense),
        };
        if (c.Unit == "WE")
        {
            // "the weekend": the Saturday picked by tense names its ISO week's weekend.
            return new ResolvedTimex(CalendarMath.Week(picked.Start) + "-WE", TimexType.Date, c.Rule + "-" + TenseName(tense));
        }

        return new ResolvedTimex(CalendarMath.Day(picked.Start) + suffix, type, c.Rule + "-" + TenseName(tense));
    }

    private ResolvedTimex? Season(TimexCandidate c, ClauseTense tense)
    {
        var season = c.Code!;
        if (c.Year is { } y)
        {
            return new ResolvedTimex($"{CalendarMath.Year(y)}-{season}", TimexType.Date, c.Rule);
        }

        if (_reference is not { } r)
        {
            return new ResolvedTimex($"XXXX-{season}", TimexType.Date, c.Rule);
        }

        var first = CalendarMath.SeasonStartMonth(season);
        (DateOnly Start, DateOnly End) Occurrence(int k)
        {
            var start = new DateOnly(r.Year + k, first, 1);
            return (start, start.AddMonths(3));
        }

        var picked = c.Direction switch
        {
            // "last summer" is last year's ("last spring", said in October, is not this year's); "next summer" the first not yet begun.
            < 0 => Occurrence(-1),
            > 0 => Enumerable.Range(-2, 5).Select(Occurrence).First(o => o.Start > r),
            0 => Occurrence(0),
            _ => Pick(Occurrence, r, tense),
        };
        return new ResolvedTimex($"{CalendarMath.Year(picked.Start.Year)}-{season}", TimexType.Date, c.Rule + "-" + TenseName(tense));
    }

    private ResolvedTimex? Quarter(TimexCandidate c, ClauseTense tense)
    {
        var letter = c.Unit ?? "Q";
        if (_reference is not { } r)
        {
            return c.Year is { } y0 && c.Amount is { } n0
                ? new ResolvedTimex($"{CalendarMath.Year(y0)}-{letter}{n0}", TimexType.Date, c.Rule)
                : new ResolvedTimex($"XXXX-{letter}{(c.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "X")}", TimexType.Date, c.Rule);
        }

        var currentQuarter = letter == "H" ? (r.Month <= 6 ? 1 : 2) : CalendarMath.Quarter(r.Month);
        if (c.Amount is not { } n)
        {
            // "the quarter", "the latest quarter": results are reported for the quarter just ended.
            var step = c.Direction ?? -1;
            var start = new DateOnly(r.Year, ((currentQuarter - 1) * 3) + 1, 1).AddMonths(3 * step);
            return new ResolvedTimex($"{CalendarMath.Year(start.Year)}-Q{CalendarMath.Quarter(start.Month)}", TimexType.Date, c.Rule);
        }

        var year = c.Year ?? r.Year;
        if (c.Year is null)
        {
            // A quarter not yet begun, told in the past, is last year's ("fourth-quarter profit fell", said in February).
            if (n > currentQuarter && tense != ClauseTense.Future)
            {
                year--;
            }

            year += c.Direction ?? 0;
        }

        return new ResolvedTimex($"{CalendarMath.Year(year)}-{letter}{n}", TimexType.Date, c.Rule);
    }

    private ResolvedTimex? Holiday(TimexCandidate c, ClauseTense tense)
    {
        if (c.Year is { } y)
        {
            return HolidayDate(c.Code!, y) is { } d ? new ResolvedTimex(CalendarMath.Day(d), TimexType.Date, c.Rule) : null;
        }

        if (_reference is not { } r)
        {
            return HolidayDate(c.Code!, 2001) is { } fixedDay && IsFixedHoliday(c.Code!)
                ? new ResolvedTimex($"XXXX-{fixedDay.Month:00}-{fixedDay.Day:00}", TimexType.Date, c.Rule)
                : null;
        }

        var picked = Pick(k => HolidayDate(c.Code!, r.Year + k) is { } d ? (d, d.AddDays(1)) : (DateOnly.MinValue, DateOnly.MinValue.AddDays(1)), r, tense);
        return picked.Start == DateOnly.MinValue ? null : new ResolvedTimex(CalendarMath.Day(picked.Start), TimexType.Date, c.Rule + "-" + TenseName(tense));
    }

    private static bool IsFixedHoliday(string name) => name is not ("Thanksgiving" or "Thanksgiving Day" or "Easter" or "Easter Sunday" or "Good Friday" or "Labor Day" or "Memorial Day");

    private static DateOnly? HolidayDate(string name, int year) => name switch
    {
        "Christmas" or "Christmas Day" => new DateOnly(year, 12, 25),
        "Christmas Eve" => new DateOnly(year, 12, 24),
        "New Year's Eve" => new DateOnly(year, 12, 31),
        "New Year's Day" or "New Year" => new DateOnly(year, 1, 1),
        "Thanksgiving" or "Thanksgiving Day" => CalendarMath.NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        "Easter" or "Easter Sunday" => CalendarMath.Easter(year),
        "Good Friday" => CalendarMath.Easter(year).AddDays(-2),
        "Halloween" => new DateOnly(year, 10, 31),
        "Valentine's Day" => new DateOnly(year, 2, 14),
        "Labor Day" => CalendarMath.NthWeekday(year, 9, DayOfWeek.Monday, 1),
        "Memorial Day" => CalendarMath.LastWeekday(year, 5, DayOfWeek.Monday),
        "Independence Day" => new DateOnly(year, 7, 4),
        "Boxing Day" => new DateOnly(year, 12, 26),
        _ => null,
    };

    private static string TenseName(ClauseTense tense) => tense.ToString().ToLowerInvariant();
}
