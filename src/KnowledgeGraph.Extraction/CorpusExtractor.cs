using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>Reads inputs and runs the pipeline on each article, one input at a time, so a front end can show progress.</summary>
public sealed class CorpusExtractor
{
    private readonly ArticleLoader _loader;
    private readonly Pipeline _pipeline;

    public CorpusExtractor(ArticleLoader loader, Pipeline pipeline)
    {
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    public ResolvedInputs Resolve(IEnumerable<string> arguments) => _loader.Resolve(arguments);

    public IEnumerable<ExtractedInput> Extract(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var result in _loader.Load(files))
        {
            yield return new ExtractedInput(result.Source, [.. result.Documents.Select(_pipeline.Extract)], result.Errors);
        }
    }
}
