using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>Writes a <see cref="TimeValue"/> to the t_* columns and reads it back; all null when there is none.</summary>
internal static class TimeColumns
{
    public const string Names = "t_text, t_value, t_type, t_start, t_end, t_precision, t_report_date, t_rule, t_document, t_span_start, t_span_end";

    public const string Parameters = "$t_text, $t_value, $t_type, $t_start, $t_end, $t_precision, $t_report_date, $t_rule, $t_document, $t_span_start, $t_span_end";

    public static void Bind(SqliteCommand command, TimeValue? t)
    {
        command.Parameters.AddWithValue("$t_text", (object?)t?.Text ?? DBNull.Value);
        command.Parameters.AddWithValue("$t_value", (object?)t?.Value ?? DBNull.Value);
        command.Parameters.AddWithValue("$t_type", t is null ? DBNull.Value : ContractNames.Of(t.Type));
        command.Parameters.AddWithValue("$t_start", Date(t?.Start));
        command.Parameters.AddWithValue("$t_end", Date(t?.End));
        command.Parameters.AddWithValue("$t_precision", t is null ? DBNull.Value : ContractNames.Of(t.Precision));
        command.Parameters.AddWithValue("$t_report_date", t is null ? DBNull.Value : t.IsReportDate ? 1 : 0);
        command.Parameters.AddWithValue("$t_rule", (object?)t?.Rule ?? DBNull.Value);
        command.Parameters.AddWithValue("$t_document", (object?)t?.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$t_span_start", t is null ? DBNull.Value : t.Span.Start);
        command.Parameters.AddWithValue("$t_span_end", t is null ? DBNull.Value : t.Span.End);
    }

    /// <summary>Reads the eleven t_* columns starting at <paramref name="first"/>.</summary>
    public static TimeValue? Read(SqliteDataReader r, int first)
    {
        if (r.IsDBNull(first + 1))
        {
            return null;
        }

        return new TimeValue
        {
            Text = r.GetString(first),
            Value = r.GetString(first + 1),
            Type = ContractNames.ParseTimexType(r.GetString(first + 2)),
            Start = ParseDate(r, first + 3),
            End = ParseDate(r, first + 4),
            Precision = ContractNames.ParsePrecision(r.GetString(first + 5)),
            IsReportDate = r.GetInt64(first + 6) != 0,
            Rule = r.GetString(first + 7),
            DocumentId = r.GetString(first + 8),
            Span = new TextSpan(r.GetInt32(first + 9), r.GetInt32(first + 10)),
        };
    }

    public static object Date(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateOnly? ParseDate(SqliteDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DateOnly.ParseExact(r.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
