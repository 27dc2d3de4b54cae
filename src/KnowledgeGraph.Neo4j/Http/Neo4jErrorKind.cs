namespace KnowledgeGraph.Neo4j.Http;

public enum Neo4jErrorKind
{
    /// <summary>401/403 or Neo.ClientError.Security.*: wrong or missing credentials.</summary>
    Authentication,

    /// <summary>Neo.ClientError.*: the statement or its parameters are wrong; retrying will not help.</summary>
    Client,

    /// <summary>503, 429, other 5xx or Neo.TransientError.*, still failing after the last retry.</summary>
    Transient,

    /// <summary>Neo.DatabaseError.* or an answer that is not the documented shape.</summary>
    Server,
}
