using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The fast path's compiled patterns. Month and weekday names must be capitalised ("may" the verb,
/// "march" the noun are not months); everything else ignores case.
/// </summary>
internal static partial class TimexPatterns
{
    private const string Mon = @"(?<mon>(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)))";
    private const string Wd = @"(?<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b";
    private const string Year4 = @"(?<year>1[6-9]\d\d|20\d\d)";
    private const string Day = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private const string DayOrWord = @"(?:(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?<dayword>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ]one)?)(?![\s-]+(?:\w+ty\b|hundred|thousand)))";
    private const string NumWord = @"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    private const string Num = @"(?<n>\d+(?:\.\d+)?|(?:" + NumWord + @")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?|a\s+couple\s+of|a\s+dozen|a\s+hundred|(?<vague>several|a\s+few|few|some|many))";
    private const string Unit = @"(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))";
    // Modifiers TimeML keeps inside the span ("more than 18 months"); "just", "only", "over" stay outside.
    private const string Approx = @"(?:(?<mod>more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|nearly|almost|about|around|roughly|some|up\s+to|at\s+least|at\s+most|approximately|the\s+last|the\s+past|the\s+next|the\s+first|the\s+final|the\s+previous|the\s+coming|the)\s+)?";

    /// <summary>"Saturday, April 25, 2023", "September 13, 2023", "Sept. 13", wire style "March two".</summary>
    [GeneratedRegex(@"\b(?:" + Wd + @",?\s+)?" + Mon + @"\s*" + DayOrWord + @"\b(?:,?\s+" + Year4 + @"\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MonthDayYear();

    /// <summary>"13 September 2023", "13th of September".</summary>
    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Mon + @"(?:,?\s+" + Year4 + @"\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DayMonthYear();

    /// <summary>"2023-09-13".</summary>
    [GeneratedRegex(@"\b(?<year>1[6-9]\d\d|20\d\d)-(?<m>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b", RegexOptions.CultureInvariant)]
    public static partial Regex IsoDate();

    /// <summary>"March 1996", "early January 2024", "mid-1996" is a year rule.</summary>
    [GeneratedRegex(@"\b(?:(?<pos>early|mid|late)[- ])?" + Mon + @",?\s+(?:of\s+)?" + Year4 + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MonthYear();

    /// <summary>"January this year", "June last year".</summary>
    [GeneratedRegex(@"\b" + Mon + @"\s+(?<rel>this|last|next)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MonthRelativeYear();

    /// <summary>"December", "early January", "last April", "mid-November", "the end of October".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>last|next|this|this\s+coming|coming|past)\s+|(?<pos>early|mid|late|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of|the\s+start\s+of)[- ])?" + Mon + @"(?![\s.]*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MonthAlone();

    /// <summary>"Wednesday", "last Friday", "Saturday night", "the previous Friday".</summary>
    [GeneratedRegex(@"\b(?:(?<set>every|each)\s+|(?<rel>last|next|this|this\s+coming|coming|past|the\s+previous|the\s+following|the\s+next|early|late|earlier|later)\s+)?" + Wd + @"(?:\s+(?<part>morning|afternoon|evening|night)s?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Weekday();

    /// <summary>Years, with their span: "2013", "fiscal 1989", "mid-1996", "the end of 1990"; not amounts ("2013 people").</summary>
    [GeneratedRegex(@"(?<![\d$£€.,:/-])(?:(?<pos>fiscal|mid-|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)\s*)?" + Year4 + @"(?![\d,.:/]\d)(?!\s*(?:%|percent|per\b|tons?\b|people|points|yen|dollars|shares|miles|km|kilomet|met(?:er|re)s|feet|votes|seats|barrels|units|cars|troops|workers|jobs|employees|acres|square|pounds|ounces))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Year();

    /// <summary>Spoken years in transcripts: "nineteen ninety-six", "the year two thousand".</summary>
    [GeneratedRegex(@"\b(?:the\s+year\s+)?(?:(?<century>nineteen|eighteen)[\s-]+(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?<units>one|two|three|four|five|six|seven|eight|nine))?|(?<y2000>two\s+thousand)(?:\s+and\s+(?<units2>one|two|three|four|five|six|seven|eight|nine))?)\b(?![\s-]+(?:hundred|thousand|million|billion|percent|dollars|people))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SpokenYear();

    /// <summary>"2008-2009", "1988-89": two years, each its own expression as TimeML tags them.</summary>
    [GeneratedRegex(@"(?<![\d$.,-])(?<y1>1[6-9]\d\d|20\d\d)\s?[-–]\s?(?<y2>(?:1[6-9]|20)?\d\d)\b(?!-)", RegexOptions.CultureInvariant)]
    public static partial Regex YearRange();

    /// <summary>"the 1990s", "the late 1970s", "the '80s", "the nineties".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<pos>early|mid|late)[- ])?(?:(?<dec>1[6-9]\d0|20\d0)'?s|'(?<short>\d0)s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Decade();

    /// <summary>"the 20th century", "the nineteenth century".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<c>1\d|2\d|[1-9])(?:st|nd|rd|th)\s+century\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Century();

    /// <summary>"today", "yesterday morning", "late yesterday", "tonight", "last night", "this morning", "overnight".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>early|late|earlier|later)\s+)?(?:(?<w>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?<part>morning|afternoon|evening|night))?|(?<this>this|last|later\s+this|earlier\s+this)\s+(?<part2>morning|afternoon|evening|night))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DayWord();

    /// <summary>"last week", "this weekend", "next month", "the past year", "earlier this month", "early next year", "the current fiscal year".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[- ])?(?<the>the\s+)?(?<rel>last|next|this|past|coming|previous|following|current|same|that)\s+(?:fiscal\s+)?(?<unit>week|weekend|month|year|quarter|decade|century|day)\b(?!\s*-)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RelativeUnit();

    /// <summary>"two years ago", "a week or so ago", "nearly four years ago", "months ago".</summary>
    [GeneratedRegex(@"\b" + Approx + @"(?:" + Num + @"[\s-]+)?" + Unit + @"(?:\s+or\s+so)?\s+(?<dir>ago|later|earlier|afterwards?|hence|from\s+now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Offset();

    /// <summary>"year-earlier", "the year-ago quarter", "the year-earlier period".</summary>
    [GeneratedRegex(@"\b(?:the\s+(?:comparable\s+)?)?year-(?:earlier|ago)(?:\s+(?:(?<ord>first|second|third|fourth)\s+)?(?<noun>quarter|period))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex YearAgoAdjective();

    /// <summary>"the following day", "the next month", "the previous year", "that day", "the same day".</summary>
    [GeneratedRegex(@"\b(?:the\s+(?<rel>following|next|previous|prior|same)|(?<rel>that))\s+(?<unit>day|week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AnaphoricUnit();

    /// <summary>Durations: "more than 18 months", "the past four months", "for three hours", "12 years", "two-year", "several days".</summary>
    [GeneratedRegex(@"\b" + Approx + Num + @"(?<half>\s+1/2|\s+and\s+a\s+half|-and-a-half)?(?:\s+(?:more|additional|straight|consecutive|long))?(?:\s+|-)" + Unit + @"\b(?!-old)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Duration();

    /// <summary>Bare plural units after "for"/"within"/"in": "for years", "within weeks", "in recent months".</summary>
    [GeneratedRegex(@"\b(?:for|within|in|over|take|takes|took)\s+(?<expr>(?:(?<recent>recent|the\s+coming|coming|the\s+next\s+few)\s+)?(?<unit>years|months|weeks|days|hours|decades))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex VagueDuration();

    /// <summary>"every Monday", "each week", "weekly", "twice a year", "every two years".</summary>
    [GeneratedRegex(@"\b(?:(?:every|each)\s+(?:(?<n>other|\d+|two|three|four|five|six|ten)\s+)?(?<unit>day|night|morning|week|month|year|quarter|decade|hour|minute|summer|winter|spring|fall)s?|(?<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly)|(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+(?<unit2>day|week|month|year|hour|decade))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Set();

    /// <summary>PRESENT_REF, PAST_REF, FUTURE_REF words, as TimeBank tags them.</summary>
    [GeneratedRegex(@"\b(?<present>now|currently|current|nowadays|these\s+days|at\s+present)\b|\b(?<past>recently|more\s+recently|the\s+past|in\s+the\s+past)\b(?!\s+(?:\d|" + NumWord + @"|few|several|year|month|week|day|decade|quarter))|\b(?<future>the\s+(?:near\s+|distant\s+)?future|a\s+later\s+date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Reference();

    /// <summary>Seasons: "last summer", "this fall", "the winter of 1994", "summer 2012", "the early summer".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>last|next|this|this\s+coming|coming|past)\s+|(?<the>the\s+)?(?:(?<pos>early|late|mid)[- ])?)(?<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?" + Year4 + @"\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Season();

    /// <summary>Quarters and halves: "the third quarter", "third-quarter", "Q3 2023", "the fiscal first quarter of 2024", "the first half".</summary>
    [GeneratedRegex(@"\b(?:(?<the>the)\s+)?(?:(?<rel>latest|last|current|previous|next|same|this|year's|fiscal|" + Year4 + @")[\s-]+){0,2}(?:(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?<noun>quarter|half)|(?-i:Q(?<q>[1-4])))\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<year2>1[6-9]\d\d|20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Quarter();

    /// <summary>"the quarter", "the latest quarter", "this quarter", "last quarter".</summary>
    [GeneratedRegex(@"\b(?:the\s+(?<rel>latest|most\s+recent|current)?\s*|(?<rel>this|last|next)\s+)quarter\b(?!\s*-)|\bthe\s+latest\s+period\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BareQuarter();

    /// <summary>"the weekend", "over the weekend": the one just past or coming, by tense.</summary>
    [GeneratedRegex(@"\bthe\s+weekend\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TheWeekend();

    /// <summary>Holidays: "Christmas", "New Year's Day", "Thanksgiving", "Easter 2024".</summary>
    [GeneratedRegex(@"\b(?-i:(?<h>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|New\s+Year|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|Independence\s+Day|Boxing\s+Day))\b(?:\s+" + Year4 + @"\b)?", RegexOptions.CultureInvariant)]
    public static partial Regex Holiday();

    /// <summary>Clock times: "5 p.m.", "10:30 a.m. EST", "noon", "midnight".</summary>
    [GeneratedRegex(@"\b(?:(?:around|about)\s+)?(?:(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?<word>noon|midnight|mid-?afternoon|mid-?morning))(?:\s+(?:EST|EDT|GMT|local\s+time))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClockTime();

    /// <summary>The words a time expression can hang on, for the cheap pre-scan that picks Recognizers windows.</summary>
    [GeneratedRegex(@"\b(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|noon|midnight|o'clock|fortnights?|dawn|dusk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CandidateWord();
}
