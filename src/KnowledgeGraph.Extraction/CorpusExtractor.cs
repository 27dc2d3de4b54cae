using KnowledgeGraph.Core;
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
            var extractions = new List<DocumentExtraction>(result.Documents.Count);
            var errors = new List<InputError>(result.Errors);
            foreach (var document in result.Documents)
            {
                if (TryExtract(document, out var extraction, out var error))
                {
                    extractions.Add(extraction);
                }
                else
                {
                    errors.Add(error);
                }
            }

            yield return new ExtractedInput(result.Source, extractions, errors);
        }
    }

    /// <summary>Reads the inputs one article at a time, in order, for a caller that extracts them itself (in parallel).</summary>
    public IEnumerable<StreamedArticle> Stream(IEnumerable<InputFile> files) => _loader.Stream(files);

    /// <summary>
    /// Runs the pipeline on one article, timing each stage when asked. A defect in one stage must not
    /// end the run: the article is reported by id and the caller goes on with the others.
    /// </summary>
    public bool TryAnalyse(Document document, bool timeStages, out DocumentAnalysis analysis, out InputError error)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            analysis = _pipeline.Analyse(document, timeStages);
            error = null!;
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException or FormatException or OverflowException)
        {
            analysis = null!;
            error = new InputError(document.Source, $"article '{document.Id}' could not be extracted ({ex.GetType().Name}: {ex.Message}); it was skipped");
            return false;
        }
    }

    private bool TryExtract(Document document, out DocumentExtraction extraction, out InputError error)
    {
        var analysed = TryAnalyse(document, timeStages: false, out var analysis, out error);
        extraction = analysed ? analysis.ToExtraction() : null!;
        return analysed;
    }
}
