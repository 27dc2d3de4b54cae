namespace KnowledgeGraph.Extraction;

/// <summary>
/// One stage of the pipeline: reads what earlier stages added to the analysis and adds its own.
/// Stages do no I/O, keep no state between documents, and are safe to run on many documents at once.
/// </summary>
public interface IExtractionStage
{
    string Name { get; }

    void Run(DocumentAnalysis analysis);
}
