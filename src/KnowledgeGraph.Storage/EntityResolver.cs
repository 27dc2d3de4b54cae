using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Turns a typed name into entities, trying in order: the entity id, the canonical name, an alias,
/// a whole word of a canonical name ("okafor" for "Tomas Okafor"). The first rule with any match
/// decides, so "Kim Jong Un" is never ambiguous with "Kim Yo Jong" while "Kim" may be.
/// </summary>
internal sealed class EntityResolver(SqliteConnection connection)
{
    // More than this many candidates are not worth listing: the user has to type more of the name.
    private const int MaxCandidates = 20;

    public NameResolution Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var typed = name.Trim();
        var key = NameKeys.Fold(typed);
        if (key.Length == 0)
        {
            return new NameResolution(typed, [], "none");
        }

        (string Rule, string Sql)[] rules =
        [
            ("id", "SELECT id, name, type FROM entities WHERE id = $typed"),
            ("name", "SELECT id, name, type FROM entities WHERE name_key = $key"),
            ("alias", "SELECT DISTINCT x.id, x.name, x.type FROM aliases a JOIN entities x ON x.id = a.entity_id WHERE a.alias_key = $key"),
            ("word of name", "SELECT id, name, type FROM entities WHERE instr(' ' || name_key || ' ', ' ' || $key || ' ') > 0"),
        ];
        foreach (var (rule, sql) in rules)
        {
            var matches = Query(sql + " ORDER BY name, id LIMIT " + MaxCandidates, typed, key);
            if (matches.Count > 0)
            {
                return new NameResolution(typed, matches, rule);
            }
        }

        return new NameResolution(typed, [], "none");
    }

    /// <summary>The one entity a name stands for; null when none; throws when several.</summary>
    public NamedEntity? ResolveOne(string name)
    {
        var resolution = Resolve(name);
        return resolution.IsAmbiguous ? throw new AmbiguousNameException(resolution) : resolution.Entity;
    }

    /// <summary>Names of the given entity ids (those that exist).</summary>
    public Dictionary<string, NamedEntity> Describe(IEnumerable<string> ids)
    {
        var result = new Dictionary<string, NamedEntity>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, type FROM entities WHERE id = $id";
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in ids)
        {
            parameter.Value = id;
            using var r = command.ExecuteReader();
            if (r.Read())
            {
                result[id] = Read(r);
            }
        }

        return result;
    }

    private List<NamedEntity> Query(string sql, string typed, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$typed", typed);
        command.Parameters.AddWithValue("$key", key);
        using var r = command.ExecuteReader();
        var list = new List<NamedEntity>();
        while (r.Read())
        {
            list.Add(Read(r));
        }

        return list;
    }

    private static NamedEntity Read(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), ParseType(r.GetString(2)));

    private static EntityType ParseType(string s) => ContractNames.ParseEntityType(s);
}
