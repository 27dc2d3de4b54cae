using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>A trigger found in a sentence: the pattern and the tokens [First, Last] it covers.</summary>
internal sealed record TriggerHit(TriggerPattern Pattern, int First, int Last, TextSpan Span, string Text)
{
    public EventType Type => Pattern.Type;

    public bool IsNoun => Pattern.IsNoun;
}
