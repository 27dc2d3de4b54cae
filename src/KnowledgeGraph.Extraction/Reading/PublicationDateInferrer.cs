using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Infers a publication date from an article's own words when it has no metadata, in order of
/// trust: a dateline ("LIMA, March 4 (Reuters) -", "March 4, 2024 -"), else the date of a photo
/// caption that is not a file photo, strengthened when a past-tense "on Wednesday" names the same
/// weekday. A file photo's date only says "not before". Nothing found means unknown, never today.
/// </summary>
public static partial class PublicationDateInferrer
{
    // Datelines and date lines sit in the first few paragraphs after the headline.
    private const int ParagraphsSearchedForDateline = 4;

    public static Document Infer(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var analysis = new DocumentAnalysis(document);
        new Segmenter().Run(analysis);
        var text = document.Text;
        var pastWeekdays = PastTenseWeekdays(analysis).ToList();

        var dateline = FindDateline(analysis, text);
        if (dateline is not null)
        {
            if (dateline.Date is { } date)
            {
                return document with
                {
                    Published = date,
                    PublishedSource = PublishedSource.Inferred,
                    PublishedEvidence = $"dateline '{dateline.Text}'" + Agreement(date, pastWeekdays),
                };
            }
        }

        var captions = analysis.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => p.Span.Slice(text)).ToList();
        var captionDates = captions
            .SelectMany(c => CalendarDateParser.FindAll(c).Where(d => d.Date is not null).Select(d => (Date: d.Date!.Value, d.Text, IsFile: FilePhoto().IsMatch(c))))
            .ToList();

        var current = captionDates.Where(c => !c.IsFile).OrderByDescending(c => c.Date).FirstOrDefault();
        if (current.Text is not null)
        {
            return document with
            {
                Published = current.Date,
                PublishedSource = PublishedSource.Inferred,
                PublishedEvidence = $"photo caption dated '{current.Text}'" + Agreement(current.Date, pastWeekdays),
            };
        }

        var file = captionDates.Where(c => c.IsFile).OrderByDescending(c => c.Date).FirstOrDefault();
        if (file.Text is not null)
        {
            return document with
            {
                Published = null,
                PublishedSource = PublishedSource.Unknown,
                PublishedNotBefore = file.Date,
                PublishedEvidence = $"only a file photo dated '{file.Text}': published on or after it",
            };
        }

        return document with
        {
            Published = null,
            PublishedSource = PublishedSource.Unknown,
            PublishedEvidence = dateline is not null ? $"dateline '{dateline.Text}' has no year" : null,
        };
    }

    private static string Agreement(DateOnly date, List<(DayOfWeek Day, string Sentence)> pastWeekdays)
    {
        var match = pastWeekdays.FirstOrDefault(w => w.Day == date.DayOfWeek);
        return match.Sentence is null ? "" : $"; agrees with past-tense '{match.Sentence}' ({date.DayOfWeek.ToString()} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
    }

    private static WrittenDate? FindDateline(DocumentAnalysis analysis, string text)
    {
        foreach (var paragraph in analysis.Paragraphs.Where(p => p.Kind is ParagraphKind.Body or ParagraphKind.Heading).Take(ParagraphsSearchedForDateline))
        {
            var s = paragraph.Span.Slice(text);
            var m = Dateline().Match(s);
            if (!m.Success)
            {
                m = DateLine().Match(s);
            }

            if (!m.Success || CalendarDateParser.Parse(m.Groups["date"].Value) is not { } written)
            {
                continue;
            }

            if (written.Year is null)
            {
                // "Sept 13" with no year: take the year of a full date in the text on the same day.
                var sameDay = CalendarDateParser.FindAll(text).FirstOrDefault(d => d.Year is not null && d.Month == written.Month && d.Day == written.Day);
                written = sameDay is null ? written : written with { Year = sameDay.Year };
            }

            return written with { Text = m.Value.Trim() };
        }

        return null;
    }

    // "met for talks on Wednesday" (past) but not "will meet on Wednesday" (future).
    private static IEnumerable<(DayOfWeek Day, string Sentence)> PastTenseWeekdays(DocumentAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences)
        {
            var s = sentence.Span.Slice(analysis.Text);
            foreach (Match m in Weekday().Matches(s))
            {
                var before = s[..m.Index];
                if (FutureMarker().IsMatch(before) || !PastMarker().IsMatch(s))
                {
                    continue;
                }

                yield return (Enum.Parse<DayOfWeek>(m.Groups["day"].Value), Excerpt(s, m.Index + m.Length));
            }
        }
    }

    // Up to the weekday, at most the last words: "... met for a rare summit on Wednesday".
    private static string Excerpt(string sentence, int end)
    {
        const int MaxLength = 60;
        var start = Math.Max(0, end - MaxLength);
        var space = start == 0 ? -1 : sentence.IndexOf(' ', start);
        return (space >= 0 && space < end ? "..." + sentence[(space + 1)..end] : sentence[..end]).Trim();
    }

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\- ]+(?:,\s+[A-Z][A-Za-z.'\- ]+)?),\s+(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?)\s*(?:\([A-Za-z .]+\))?\s*(?:-|\u2013|\u2014)")]
    private static partial Regex Dateline();

    // A line that is only a date, or starts with one and a dash: "Published Sept. 13, 2023", "March 4, 2024 - ".
    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated)(?:\s+on)?:?\s+)?(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*(?:$|-|\u2013|\u2014)")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\(FILES?\)|\bfile (?:photo|picture|image)\b|\barchive (?:photo|picture|image)\b|\bin this file\b", RegexOptions.IgnoreCase)]
    private static partial Regex FilePhoto();

    [GeneratedRegex(@"\b(?:on\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:will|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|plans? to|planned to|next)\b|'ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"\b(?:[a-z]{2,}ed|met|said|told|held|was|were|had|made|took|gave|spoke|came|went|left|won|lost|began|sent|saw|flew|led|struck|fell|rose|sought|brought|bought|paid|ran)\b")]
    private static partial Regex PastMarker();
}
