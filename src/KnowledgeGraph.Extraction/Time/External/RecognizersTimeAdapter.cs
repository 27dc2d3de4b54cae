using System.Collections;
using KnowledgeGraph.Core;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace KnowledgeGraph.Extraction.Time.External;

/// <summary>
/// The one place that knows Microsoft.Recognizers.Text.DateTime. Its ModelResult has an inclusive
/// End and lower-cased Text; we return half-open spans and the text as written. Only its
/// recognition and unresolved TIMEX are used: resolving against the report date is ours.
/// </summary>
internal static class RecognizersTimeAdapter
{
    // Building the model compiles hundreds of regexes (about a second): once per process. The model is immutable.
    // NoProtoCache: by default its extractors keep up to 20,000 results per extractor keyed by the input
    // text, so a rerun over the same sentences is answered from memory. New articles never gain from it,
    // it only made second passes in our benchmarks look 2.8x faster, and it holds memory for nothing.
    private static readonly Lazy<DateTimeModel> Model = new(
        () => new DateTimeRecognizer(Culture.English, DateTimeOptions.NoProtoCache, lazyInitialization: false).GetDateTimeModel() as DateTimeModel ?? throw new InvalidOperationException("Recognizers returned no DateTimeModel"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    // Recognizers resolves relative words against this; we never read its resolved values, so any fixed day does.
    private static readonly DateTime FixedReference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Time expressions inside <paramref name="window"/> of <paramref name="text"/>, with offsets into the whole text.</summary>
    public static IReadOnlyList<RecognizedTimex> Recognize(string text, TextSpan window)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slice = window.Slice(text);
        var found = new List<RecognizedTimex>();
        foreach (var r in Model.Value.Parse(slice, FixedReference))
        {
            var start = window.Start + r.Start;
            var end = window.Start + r.End + 1;
            if (start < window.Start || end > window.End || end <= start)
            {
                continue;
            }

            var subType = r.TypeName.StartsWith("datetimeV2.", StringComparison.Ordinal) ? r.TypeName["datetimeV2.".Length..] : r.TypeName;
            found.Add(new RecognizedTimex(new TextSpan(start, end), text[start..end], subType, FirstTimex(r.Resolution) ?? ""));
        }

        return found;
    }

    private static string? FirstTimex(SortedDictionary<string, object>? resolution)
    {
        if (resolution is null || !resolution.TryGetValue("values", out var values) || values is not IEnumerable list)
        {
            return null;
        }

        foreach (var item in list)
        {
            if (item is IDictionary<string, string> d && d.TryGetValue("timex", out var timex))
            {
                return timex;
            }
        }

        return null;
    }
}
