using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Segmentation;

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

    /// <summary>Events: runs after entities, time and quotes, whose results it reads.</summary>
    public PipelineBuilder UseEvents() => Use(new EventExtractor());

    /// <summary>Every stage in the order of the data flow: segmentation, entities, time, quotes, events.</summary>
    public PipelineBuilder UseAll() => UseSegmentation().UseEntities().UseEvents();

    public Pipeline Build() => new([.. _stages]);
}
