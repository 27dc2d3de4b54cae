using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Ingests a corpus on every core: one thread streams the inputs article by article, up to
/// <c>jobs</c> articles are extracted at once, and one writer stores the results in batches, one
/// transaction per batch, in input order. Writing in input order makes the store the same whatever
/// the number of jobs (the first article to name an entity gives it its stored name).
/// </summary>
internal sealed class CorpusIngestor
{
    // Articles read ahead of the writer, per job: keeps every core busy past one slow article while
    // bounding memory, whatever the size of the corpus.
    private const int ReadAheadPerJob = 32;

    private readonly CorpusExtractor _extractor;
    private readonly SqliteGraphStore _store;
    private readonly int _jobs;

    public CorpusIngestor(CorpusExtractor extractor, SqliteGraphStore store, int? jobs = null)
    {
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _jobs = jobs ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(_jobs, 1, nameof(jobs));
    }

    /// <summary>Ingests the inputs; <paramref name="onInputDone"/> is called with each input's name once it is stored.</summary>
    public IngestSummary Run(ResolvedInputs inputs, Action<string>? onInputDone = null) =>
        RunAsync(inputs, onInputDone).GetAwaiter().GetResult();

    public async Task<IngestSummary> RunAsync(ResolvedInputs inputs, Action<string>? onInputDone = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var wall = Stopwatch.StartNew();
        var ordered = Channel.CreateBounded<Task<ArticleOutcome>>(new BoundedChannelOptions(_jobs * ReadAheadPerJob)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _jobs).ConcurrentScheduler;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() => ReadAsync(inputs.Files, ordered.Writer, scheduler, stop.Token), stop.Token);
        var writer = new BatchWriter(_store, inputs.Errors);
        try
        {
            await foreach (var pending in ordered.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var outcome = await pending.ConfigureAwait(false);
                writer.Add(outcome);
                if (outcome.Step.EndOfInput)
                {
                    onInputDone?.Invoke(outcome.Step.Source);
                }
            }

            writer.Flush();
        }
        finally
        {
            // The writer failed or finished: the reader must not wait on a channel nobody reads.
            await stop.CancelAsync().ConfigureAwait(false);
        }

        var reading = await reader.ConfigureAwait(false);
        wall.Stop();
        return writer.Summary(_store.Stats(), _jobs, wall.Elapsed, reading);
    }

    // Streams the inputs in order and starts each article's extraction on the limited scheduler;
    // the bounded channel holds the tasks in input order, so the writer sees results in that order.
    private async Task<TimeSpan> ReadAsync(IReadOnlyList<InputFile> files, ChannelWriter<Task<ArticleOutcome>> ordered, TaskScheduler scheduler, CancellationToken cancel)
    {
        var reading = TimeSpan.Zero;
        Exception? failure = null;
        try
        {
            using var steps = _extractor.Stream(files).GetEnumerator();
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                var more = steps.MoveNext();
                reading += Stopwatch.GetElapsedTime(start);
                if (!more)
                {
                    break;
                }

                var step = steps.Current;
                var task = step.Document is { } document
                    ? Task.Factory.StartNew(() => Extract(step, document), cancel, TaskCreationOptions.None, scheduler)
                    : Task.FromResult(ArticleOutcome.Passed(step));
                await ordered.WriteAsync(task, cancel).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            ordered.TryComplete(failure);
        }

        return reading;
    }

    private ArticleOutcome Extract(StreamedArticle step, Document document)
    {
        if (!_extractor.TryAnalyse(document, timeStages: true, out var analysis, out var error))
        {
            // The article is named by its input and line, as a bad line of the input would be.
            return new ArticleOutcome(step, null, error with { Source = step.Source, Line = step.Line }, new Dictionary<string, TimeSpan>(), TimeSpan.Zero);
        }

        var start = Stopwatch.GetTimestamp();
        var extraction = analysis.ToExtraction();
        return new ArticleOutcome(step, extraction, null, analysis.StageTimes, Stopwatch.GetElapsedTime(start));
    }
}
