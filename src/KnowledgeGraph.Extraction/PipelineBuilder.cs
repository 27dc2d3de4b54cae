using KnowledgeGraph.Extraction.Entities;
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

    /// <summary>Every stage in the order of the data flow: segmentation, entities, time, quotes, events.</summary>
    public PipelineBuilder UseAll() => UseSegmentation().UseEntities().UseTime();

    public Pipeline Build() => new([.. _stages]);
}
