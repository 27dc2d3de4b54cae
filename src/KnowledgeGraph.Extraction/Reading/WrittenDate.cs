namespace KnowledgeGraph.Extraction.Reading;

/// <summary>A calendar date written in the text; <see cref="Year"/> is null for "Sept 13".</summary>
public sealed record WrittenDate(string Text, int Index, int Month, int Day, int? Year)
{
    public DateOnly? Date => Year is { } y && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;
}
