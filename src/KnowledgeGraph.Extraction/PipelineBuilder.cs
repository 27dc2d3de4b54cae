using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Segmentation;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction;

/// <summary>Assembles a <see cref="Pipeline"/>: <c>new PipelineBuilder().UseSegmentation().UseEntities().Build()</c>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IExtractionStage> _stages = [];

    public PipelineBuilder Use(IExtractionStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder UseSegmentation() => Use(new Segmenter());

    public PipelineBuilder UseEntities() => Use(new EntityRecognizer());

    public PipelineBuilder UseTime(TimeTaggerOptions? options = null) => Use(new TimeTagger(options));

    public PipelineBuilder UseQuotes(QuoteOptions? options = null) => Use(new QuoteExtractor(options));

    public PipelineBuilder UseEvents() => Use(new EventExtractor());

    /// <summary>Every stage in the order of the data flow: segmentation, entities, time, quotes, events.</summary>
    public PipelineBuilder UseAll(QuoteOptions? quotes = null) => UseSegmentation().UseEntities().UseTime().UseQuotes(quotes).UseEvents();

    public Pipeline Build() => new([.. _stages]);
}
