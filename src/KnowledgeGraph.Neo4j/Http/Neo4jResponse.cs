using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Reads the two documented answer shapes: the Query API's and the transactional endpoint's.</summary>
internal static class Neo4jResponse
{
    /// <summary>The first entry of a body's <c>errors</c> array, or null when there is none or the body is not JSON.</summary>
    public static (string Code, string Message)? FirstError(string body)
    {
        if (!TryParse(body, out var root) || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var e in errors.EnumerateArray())
        {
            var code = e.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = e.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code ?? "", message ?? "");
        }

        return null;
    }

    /// <summary>Query API: <c>{"data": ..., "counters": {"nodesCreated": 1, ...}}</c>.</summary>
    public static QueryCounters QueryApiCounters(string body)
    {
        var root = Parse(body);
        if (!root.TryGetProperty("data", out _) && !root.TryGetProperty("counters", out _))
        {
            throw new Neo4jException(Neo4jErrorKind.Server, "the Query API answered without 'data' or 'counters'");
        }

        return root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object
            ? new QueryCounters
            {
                NodesCreated = Number(c, "nodesCreated"),
                NodesDeleted = Number(c, "nodesDeleted"),
                RelationshipsCreated = Number(c, "relationshipsCreated"),
                RelationshipsDeleted = Number(c, "relationshipsDeleted"),
                PropertiesSet = Number(c, "propertiesSet"),
                LabelsAdded = Number(c, "labelsAdded"),
                IndexesAdded = Number(c, "indexesAdded"),
                ConstraintsAdded = Number(c, "constraintsAdded"),
            }
            : QueryCounters.None;
    }

    /// <summary>Transactional endpoint: <c>{"results": [{"columns", "data", "stats": {"nodes_created": 1, ...}}], "errors": []}</c>.</summary>
    public static QueryCounters TransactionalCounters(string body)
    {
        var root = Parse(body);
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jException(Neo4jErrorKind.Server, "the transactional endpoint answered without 'results'");
        }

        var total = QueryCounters.None;
        foreach (var r in results.EnumerateArray())
        {
            if (r.TryGetProperty("stats", out var s) && s.ValueKind == JsonValueKind.Object)
            {
                total += new QueryCounters
                {
                    NodesCreated = Number(s, "nodes_created"),
                    NodesDeleted = Number(s, "nodes_deleted"),
                    RelationshipsCreated = Number(s, "relationships_created"),

                    // The server spells this one in the singular.
                    RelationshipsDeleted = Number(s, "relationship_deleted") + Number(s, "relationships_deleted"),
                    PropertiesSet = Number(s, "properties_set"),
                    LabelsAdded = Number(s, "labels_added"),
                    IndexesAdded = Number(s, "indexes_added"),
                    ConstraintsAdded = Number(s, "constraints_added"),
                };
            }
        }

        return total;
    }

    private static JsonElement Parse(string body) =>
        TryParse(body, out var root) ? root : throw new Neo4jException(Neo4jErrorKind.Server, "Neo4j answered with something that is not JSON");

    private static bool TryParse(string body, out JsonElement root)
    {
        root = default;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            root = doc.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false; // an HTML error page from a proxy, say: the caller reports the status instead
        }
    }

    private static long Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
}
