using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Cli;

/// <summary>
/// One streamed step after extraction: the article's extraction, or the problem met, with the time
/// each stage and the graph assembly took on whichever thread did the work.
/// </summary>
internal sealed record ArticleOutcome(StreamedArticle Step, DocumentExtraction? Extraction, InputError? Error, IReadOnlyDictionary<string, TimeSpan> StageTimes, TimeSpan Merge)
{
    private static readonly Dictionary<string, TimeSpan> NoTimes = [];

    /// <summary>A step with nothing to extract: a read problem or the end of an input.</summary>
    public static ArticleOutcome Passed(StreamedArticle step) => new(step, null, step.Error, NoTimes, TimeSpan.Zero);
}
