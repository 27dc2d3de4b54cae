using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// A demonym used as an adjective ("the Russian city of Dalen", "a lunch of Russian dumplings", "American
/// farmers opposed") names no participant and no place of an event: the city, the dumplings and the farmers do.
/// A plural demonym is a noun for the people ("Canadians will vote") and still counts.
/// </summary>
internal static class DemonymAdjectives
{
    public static bool IsAdjective(EntityMention mention) =>
        Gazetteer.Default.Names.TryGetValue(mention.Text, out var entry) && entry.IsDemonym && !IsPluralNoun(mention.Text);

    // "Canadians", "Germans" are people; "Swiss" ends in s without being a plural.
    private static bool IsPluralNoun(string text) =>
        text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal);
}
