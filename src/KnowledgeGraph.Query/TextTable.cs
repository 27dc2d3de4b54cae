using System.Text;

namespace KnowledgeGraph.Query;

/// <summary>Rows of cells as an aligned plain-text table or a Markdown table.</summary>
internal sealed class TextTable(params string[] headers)
{
    // Long cells (evidence sentences) are cut so a row fits a wide terminal.
    private const int MaxCellWidth = 90;

    private readonly List<string[]> _rows = [];

    public void Add(params string?[] cells) => _rows.Add([.. cells.Select(c => Flatten(c ?? ""))]);

    public string ToPlainText()
    {
        var widths = headers.Select((h, i) => Math.Min(MaxCellWidth, _rows.Select(r => r[i].Length).Prepend(h.Length).Max())).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            sb.AppendLine(string.Join("  ", cells.Select((c, i) => Cut(c, widths[i]).PadRight(widths[i]))).TrimEnd());
        Line(headers);
        Line([.. widths.Select(w => new string('-', w))]);
        foreach (var row in _rows)
        {
            Line(row);
        }

        return sb.ToString();
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        sb.Append('|').AppendJoin('|', headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in _rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");
        }

        return sb.ToString();
    }

    private static string Flatten(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "\u2026";
}
