using System.Globalization;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A synthetic store of 1,000,000 events and 100,000 entities written through the real schema, for
/// query latency. Degrees are heavy-tailed as in news: ten hub entities take part in about 30,000
/// events each, the rest are picked half uniformly and half log-uniformly (a long tail of rare names
/// and a few hundred busy ones). Built once in one transaction and cached at the given path.
/// </summary>
internal static class SyntheticStore
{
    public const int Entities = 100_000;
    public const int Events = 1_000_000;
    public const int Quotes = 200_000;
    public const int Documents = 50_000;
    public const int Hubs = 10;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "bri", "cho", "el", "fa", "gun", "ho", "ir"];
    private static readonly string[] Words = ["harbour", "talks", "sanctions", "rocket", "election", "budget", "border", "treaty", "ports", "trade", "grain", "energy", "summit", "missile", "vote", "strike"];
    private static readonly string[] EventTypes = ["Meeting", "Visit", "Announcement", "Appeal", "Warning", "Deny", "Oppose", "Agreement", "Launch", "Attack", "Sanction", "Election", "Appointment", "Resignation", "PressConference", "Arrest", "Death"];

    public static string EnsureBuilt(string path)
    {
        if (File.Exists(path) && EventCount(path) == Events)
        {
            return path;
        }

        File.Delete(path);
        using (SqliteGraphStore.Open(path))
        {
            // creates the schema and the query indexes
        }

        var random = new Random(20261128);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var typeOf = new string[Entities];
        Insert(connection, transaction, "INSERT INTO documents (id, content_hash, title, source, published, published_source, text) VALUES ($0, $0, $1, 'synthetic', $2, 'metadata', '')", Documents, (i, p) =>
        {
            p[0] = "doc" + i;
            p[1] = "Article " + i;
            p[2] = Day(random);
        });
        Insert(connection, transaction, "INSERT INTO entities (id, type, name) VALUES ($0, $1, $2)", Entities, (i, p) =>
        {
            typeOf[i] = (i % 10) switch { < 6 => "Person", < 8 => "Organization", _ => "Location" };
            p[0] = "ent" + i;
            p[1] = typeOf[i];
            p[2] = Name(i, typeOf[i]);
        });

        // A person's family name alone is an alias, shared by many: the resolver's ambiguous case.
        Insert(connection, transaction, "INSERT INTO aliases (entity_id, alias) VALUES ($0, $1)", Entities / 10 * 6, (i, p) =>
        {
            var e = i / 6 * 10 + i % 6;
            p[0] = "ent" + e;
            p[1] = Family(e);
        });
        var locations = Enumerable.Range(0, Entities).Where(i => typeOf[i] == "Location").ToArray();
        Insert(connection, transaction, "INSERT INTO events (id, type, status, place_id, trigger, t_text, t_value, t_type, t_start, t_end, t_precision, t_report_date, t_rule, t_document, t_span_start, t_span_end) VALUES ($0, $1, 'occurred', $2, 'met', 'on Monday', $3, 'DATE', $3, $4, 'day', 0, 'synthetic', $5, 0, 9)", Events, (i, p) =>
        {
            var start = DateOnly.ParseExact(Day(random), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[0] = "evt" + i;
            p[1] = EventTypes[random.Next(EventTypes.Length)];
            p[2] = random.NextDouble() < 0.6 ? "ent" + locations[random.Next(locations.Length)] : DBNull.Value;
            p[3] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4] = start.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[5] = "doc" + (i % Documents);
        });
        using (var participant = Command(connection, transaction, "INSERT OR IGNORE INTO participants (event_id, entity_id, role) VALUES ($0, $1, $2)", 3))
        using (var evidence = Command(connection, transaction, "INSERT INTO event_evidence (event_id, document_id, start_offset, end_offset, sentence_start, sentence_end, sentence, rule) VALUES ($0, $1, 0, 3, 0, 60, $2, 'synthetic')", 3))
        {
            for (var i = 0; i < Events; i++)
            {
                var count = 2 + (random.NextDouble() < 0.4 ? 1 : 0);
                for (var k = 0; k < count; k++)
                {
                    Run(participant, "evt" + i, "ent" + Pick(random, hubAllowed: k == 0), k == 0 ? "agent" : "participant");
                }

                Run(evidence, "evt" + i, "doc" + (i % Documents), "Synthetic sentence number " + i + " about " + Words[i % Words.Length] + ".");
            }
        }

        using (var quote = Command(connection, transaction, "INSERT INTO quotes (id, document_id, kind, text, start_offset, end_offset, speaker_id, addressee_id, evidence_start, evidence_end, sentence_start, sentence_end, sentence, rule) VALUES ($0, $1, 'direct', $2, 0, 10, $3, $4, 0, 10, 0, 10, $2, 'synthetic')", 5))
        using (var fts = Command(connection, transaction, "INSERT INTO quotes_fts (quote_id, text, sentence) VALUES ($0, $1, $1)", 2))
        using (var mention = Command(connection, transaction, "INSERT OR IGNORE INTO quote_mentions (quote_id, entity_id) VALUES ($0, $1)", 2))
        {
            for (var i = 0; i < Quotes; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Words[random.Next(Words.Length)])) + " " + i;
                var speaker = Pick(random, hubAllowed: true) / 10 * 10 + random.Next(6); // a person
                Run(quote, "q" + i, "doc" + (i % Documents), text, "ent" + speaker, random.NextDouble() < 0.3 ? "ent" + Pick(random, false) : DBNull.Value);
                Run(fts, "q" + i, text);
                for (var k = random.Next(3); k > 0; k--)
                {
                    Run(mention, "q" + i, "ent" + Pick(random, false));
                }
            }
        }

        transaction.Commit();
        connection.Close();
        using (SqliteGraphStore.Open(path))
        {
            // fills the folded name keys
        }

        return path;
    }

    /// <summary>An entity index: a hub for 30% of first participants, else half uniform, half log-uniform.</summary>
    public static int Pick(Random random, bool hubAllowed)
    {
        var u = random.NextDouble();
        if (hubAllowed && u < 0.3)
        {
            return random.Next(Hubs);
        }

        return random.NextDouble() < 0.5
            ? Hubs + random.Next(Entities - Hubs)
            : Math.Min(Entities - 1, (int)Math.Exp(Math.Log(Hubs) + (random.NextDouble() * (Math.Log(Entities) - Math.Log(Hubs)))));
    }

    public static string Name(int i, string type) => type switch
    {
        "Person" => Given(i) + " " + Family(i),
        "Organization" => Family(i) + " " + Given(i) + " Council",
        _ => "Port " + Given(i) + Family(i).ToLowerInvariant(),
    };

    private static string Given(int i) => Word(i % 251, 2);

    private static string Family(int i) => Word(i / 251, 3);

    private static string Word(int n, int syllables)
    {
        var s = "";
        for (var k = 0; k < syllables; k++)
        {
            s += Syllables[n % Syllables.Length];
            n /= Syllables.Length;
        }

        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string Day(Random random) => new DateOnly(2000, 1, 1).AddDays(random.Next(9_500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long EventCount(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string sql, int rows, Action<int, object[]> fill)
    {
        var arity = !sql.Contains('$', StringComparison.Ordinal) ? 0 : sql.Split('$').Skip(1).Select(s => s[0] - '0').Max() + 1;
        using var command = Command(connection, transaction, sql, arity);
        var values = new object[arity];
        for (var i = 0; i < rows; i++)
        {
            fill(i, values);
            Run(command, values);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int arity)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var k = 0; k < arity; k++)
        {
            command.Parameters.Add("$" + k.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var k = 0; k < values.Length; k++)
        {
            command.Parameters[k].Value = values[k];
        }

        command.ExecuteNonQuery();
    }
}
