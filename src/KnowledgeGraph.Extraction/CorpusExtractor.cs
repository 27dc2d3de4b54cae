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

    // A defect in one stage must not end the run: the article is reported by id and the others go on.
    private bool TryExtract(Document document, out DocumentExtraction extraction, out InputError error)
    {
        try
        {
            extraction = _pipeline.Extract(document);
            error = null!;
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException or FormatException or OverflowException)
        {
            extraction = null!;
            error = new InputError(document.Source, $"article '{document.Id}' could not be extracted ({ex.GetType().Name}: {ex.Message}); it was skipped");
            return false;
        }
    }
}
