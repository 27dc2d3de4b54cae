using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The event ids of a date-range timeline without an entity. An event that started before --from
/// may still overlap it, so a plain <c>t_start</c> range misses events and a scan from the earliest
/// event is slow. Instead the events are grouped by their length in days (index
/// <c>events_span_start</c> on (length, t_start)): for each length that occurs, only events starting
/// after (from - length) can reach --from, which is an exact bound, not an approximation.
/// </summary>
internal static class TimelineRange
{
    /// <summary>An event's length in whole days; must stay textually identical to the index expression in <see cref="StoreSchema"/>.</summary>
    public const string SpanExpression = "CAST(julianday(COALESCE(t_end, t_start)) - julianday(t_start) AS INTEGER)";

    /// <summary>
    /// Above this many distinct lengths one range per length costs more than it saves; the caller
    /// then falls back to the scan in date order.
    /// </summary>
    private const int MaxSpans = 256;

    /// <summary>The ids in timeline order, or null when the store has too many distinct lengths for this plan.</summary>
    public static List<string>? Ids(SqliteConnection connection, TimelineQuery query, DateOnly from)
    {
        var spans = DistinctSpans(connection);
        if (spans is null)
        {
            return null;
        }

        if (spans.Count == 0)
        {
            return [];
        }

        using var select = connection.CreateCommand();
        var sql = new StringBuilder("SELECT id FROM (");
        select.Parameters.AddWithValue("$from", TimeColumns.Date(from));
        var filters = new StringBuilder();
        StoreQueries.AppendTypes(filters, select, "e.type", query.Types);
        if (query.To is { } to)
        {
            filters.Append("\n AND e.t_start <= $to");
            select.Parameters.AddWithValue("$to", TimeColumns.Date(to));
        }

        for (var i = 0; i < spans.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "\n" : "\nUNION ALL\n")
               .Append("SELECT e.id, e.t_start, e.t_end, e.rowid AS r FROM events e WHERE ")
               .Append(SpanExpression.Replace("t_end", "e.t_end", StringComparison.Ordinal).Replace("t_start", "e.t_start", StringComparison.Ordinal))
               .Append(" = $s").Append(n)
               .Append(" AND e.t_start IS NOT NULL AND e.t_start > $lo").Append(n)
               .Append(" AND COALESCE(e.t_end, e.t_start) > $from")
               .Append(filters);
            select.Parameters.AddWithValue("$s" + n, spans[i]);
            select.Parameters.AddWithValue("$lo" + n, TimeColumns.Date(EarliestStart(from, spans[i])));
        }

        sql.Append("\n)\nORDER BY t_start, t_end, r");
        if (query.Limit is { } limit && limit > 0)
        {
            sql.Append("\nLIMIT $limit");
            select.Parameters.AddWithValue("$limit", limit);
        }

        select.CommandText = sql.ToString();
        using var r = select.ExecuteReader();
        var ids = new List<string>();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    /// <summary>The day before the first start an event of this length may have and still end after <paramref name="from"/>.</summary>
    private static DateOnly EarliestStart(DateOnly from, long span)
    {
        var days = from.DayNumber - span;
        return days <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : DateOnly.FromDayNumber((int)days);
    }

    /// <summary>The distinct event lengths, read by skipping through the index (one seek per length, not a scan).</summary>
    private static List<long>? DistinctSpans(SqliteConnection connection)
    {
        using var next = connection.CreateCommand();
        next.CommandText = $"SELECT {SpanExpression} AS s FROM events WHERE t_start IS NOT NULL AND {SpanExpression} > $after ORDER BY 1 LIMIT 1";
        var after = next.Parameters.Add("$after", SqliteType.Integer);
        after.Value = long.MinValue;
        var spans = new List<long>();
        while (next.ExecuteScalar() is long span)
        {
            if (spans.Count == MaxSpans)
            {
                return null;
            }

            spans.Add(span);
            after.Value = span;
        }

        return spans;
    }
}
