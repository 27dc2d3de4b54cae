using System.Diagnostics;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Extraction;

/// <summary>An immutable, thread-safe list of stages; <see cref="Extract"/> is a pure function of the document.</summary>
public sealed class Pipeline
{
    private readonly IReadOnlyList<IExtractionStage> _stages;

    internal Pipeline(IReadOnlyList<IExtractionStage> stages) => _stages = stages;

    public IReadOnlyList<string> StageNames => [.. _stages.Select(s => s.Name)];

    /// <summary>The default pipeline: every stage, in the order of the data flow; <paramref name="quotes"/> tunes the quote stage (e.g. indirect speech on).</summary>
    public static Pipeline CreateDefault(QuoteOptions? quotes = null) => new PipelineBuilder().UseAll(quotes).Build();

    public DocumentExtraction Extract(Document document) => Analyse(document).ToExtraction();

    public DocumentAnalysis Analyse(Document document, bool timeStages = false)
    {
        var analysis = new DocumentAnalysis(document);
        foreach (var stage in _stages)
        {
            if (timeStages)
            {
                var start = Stopwatch.GetTimestamp();
                stage.Run(analysis);
                analysis.StageTimes[stage.Name] = Stopwatch.GetElapsedTime(start);
            }
            else
            {
                stage.Run(analysis);
            }
        }

        return analysis;
    }
}
