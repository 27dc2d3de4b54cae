using System.Globalization;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// What links one entity to another, as a row of <c>entity_pairs</c> holds it: distinct events and
/// quotes, the first and last dates among them, and the <see cref="Kept"/> latest links (date, then
/// id), so that a neighbourhood or a path step shows its connections without searching for them.
/// </summary>
internal sealed class PairTally
{
    /// <summary>Latest links kept per pair: the connections a neighbour or a path step shows.</summary>
    public const int Kept = 3;

    private readonly List<EntityLink> _recent = [];

    public int Events { get; private set; }

    public int Quotes { get; private set; }

    public int Total => Events + Quotes;

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>Latest first; undated links last; equal dates by id.</summary>
    public IReadOnlyList<EntityLink> Recent => _recent;

    /// <summary>Counts one more distinct event or quote; the caller makes sure it was not counted before.</summary>
    public void Add(EntityLink link)
    {
        if (link.Kind == ConnectionKind.Event)
        {
            Events++;
        }
        else
        {
            Quotes++;
        }

        if (link.Date is { } d)
        {
            First = First is { } f && f <= d ? f : d;
            Last = Last is { } l && l >= d ? l : d;
        }

        _recent.Add(link);
        _recent.Sort(LatestFirst);
        if (_recent.Count > Kept)
        {
            _recent.RemoveAt(Kept);
        }
    }

    /// <summary>Stronger: more links, then a later last date (undated lowest).</summary>
    public bool IsStrongerThan(PairTally other) =>
        Total != other.Total ? Total > other.Total : (Last ?? DateOnly.MinValue) > (other.Last ?? DateOnly.MinValue);

    /// <summary>Binds $events, $quotes, $first, $last and $recent.</summary>
    public void Bind(SqliteCommand command)
    {
        command.Parameters.AddWithValue("$events", Events);
        command.Parameters.AddWithValue("$quotes", Quotes);
        command.Parameters.AddWithValue("$first", TimeColumns.Date(First));
        command.Parameters.AddWithValue("$last", TimeColumns.Date(Last));
        command.Parameters.AddWithValue("$recent", string.Join(';', _recent.Select(Encode)));
    }

    /// <summary>Reads events, quotes, first, last and recent from five columns starting at <paramref name="at"/>.</summary>
    public static PairTally Read(SqliteDataReader r, int at, string other)
    {
        var tally = new PairTally
        {
            Events = r.GetInt32(at),
            Quotes = r.GetInt32(at + 1),
            First = TimeColumns.ParseDate(r, at + 2),
            Last = TimeColumns.ParseDate(r, at + 3),
        };
        foreach (var entry in r.GetString(at + 4).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('|');
            tally._recent.Add(new EntityLink(
                other,
                parts[0] == "E" ? ConnectionKind.Event : ConnectionKind.Quote,
                parts[3],
                parts[2],
                parts[1].Length == 0 ? null : DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return tally;
    }

    /// <summary>The order of <c>Tally.Latest</c> before this table: date descending (undated last), then id.</summary>
    public static int LatestFirst(EntityLink a, EntityLink b)
    {
        var byDate = (b.Date ?? DateOnly.MinValue).CompareTo(a.Date ?? DateOnly.MinValue);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.ConnectionId, b.ConnectionId);
    }

    // Ids are content hashes and labels are contract names: neither contains '|' or ';'.
    private static string Encode(EntityLink link) =>
        $"{(link.Kind == ConnectionKind.Event ? "E" : "Q")}|{link.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{link.Label}|{link.ConnectionId}";
}
