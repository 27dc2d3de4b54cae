using System.Globalization;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>ISO weeks, seasons, quarters and the movable holidays, as TIMEX3 needs them.</summary>
internal static class CalendarMath
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d) => $"{Year(ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";

    public static int Quarter(int month) => ((month - 1) / 3) + 1;

    /// <summary>Monday of the ISO week holding <paramref name="d"/>.</summary>
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>ISO weekday number: Monday 1 ... Sunday 7.</summary>
    public static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    public static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Season of a month, northern hemisphere, as TimeML codes it.</summary>
    public static string SeasonOf(int month) => month switch
    {
        12 or 1 or 2 => "WI",
        3 or 4 or 5 => "SP",
        6 or 7 or 8 => "SU",
        _ => "FA",
    };

    /// <summary>First month of a season code: SP 3, SU 6, FA 9, WI 12.</summary>
    public static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
}
