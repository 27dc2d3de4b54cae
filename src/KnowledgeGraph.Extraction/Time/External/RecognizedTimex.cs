using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time.External;

/// <summary>
/// What Recognizers found, in our terms: a half-open span, the surface text sliced from the
/// original string, its datetimeV2 sub-type ("date", "duration", "set"...) and its unresolved TIMEX.
/// </summary>
internal sealed record RecognizedTimex(TextSpan Span, string Text, string SubType, string Timex);
