namespace KnowledgeGraph.Neo4j.Http;

/// <summary>A failure reported by (or on the way to) Neo4j. Messages never carry credentials.</summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jException(Neo4jErrorKind kind, string message, string? code = null, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
        StatusCode = statusCode;
    }

    public Neo4jErrorKind Kind { get; } = Neo4jErrorKind.Server;

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>, when the server sent one.</summary>
    public string? Code { get; }

    public int? StatusCode { get; }
}
