using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// Where and as whom to connect. The password is kept out of <see cref="ToString"/> and every
/// message; it only ever leaves this class inside the Authorization header.
/// </summary>
public sealed class Neo4jEndpoint
{
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";

    private readonly string? _password;

    public Neo4jEndpoint(Uri baseUri, string database, string? user, string? password)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (!string.IsNullOrEmpty(baseUri.UserInfo))
        {
            // Credentials in the address would end up in logs and messages; the message must not repeat them.
            throw new ArgumentException($"put the user and password in {UserVariable} and {PasswordVariable}, not in the address");
        }

        baseUri = HttpAddressFor(baseUri);

        BaseUri = new Uri(baseUri.GetLeftPart(UriPartial.Authority) + baseUri.AbsolutePath.TrimEnd('/') + "/");
        Database = database;
        User = string.IsNullOrEmpty(user) ? null : user;
        _password = string.IsNullOrEmpty(password) ? null : password;
    }

    public Uri BaseUri { get; }

    public string Database { get; }

    public string? User { get; }

    public bool HasPassword => _password is not null;

    /// <summary>Reads NEO4J_USER (default <c>neo4j</c>) and NEO4J_PASSWORD; with no password, no credentials are sent.</summary>
    public static Neo4jEndpoint FromEnvironment(Uri baseUri, string database)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var user = Environment.GetEnvironmentVariable(UserVariable);
        return new Neo4jEndpoint(baseUri, database, string.IsNullOrEmpty(user) ? "neo4j" : user, password);
    }

    /// <summary>
    /// The HTTP address for a driver address, so the URI from an Aura credentials file works as is:
    /// <c>neo4j+s://x.databases.neo4j.io</c> becomes <c>https://x.databases.neo4j.io</c>,
    /// <c>neo4j://host:7687</c> becomes <c>http://host:7474</c>. http(s) addresses are kept.
    /// </summary>
    public static Uri HttpAddressFor(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var (scheme, defaultPort) = address.Scheme switch
        {
            "http" or "https" => (address.Scheme, -1),
            "neo4j" or "bolt" => ("http", 7474),
            "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc" => ("https", address.Port is 7687 ? 7473 : -1),
            _ => throw new ArgumentException($"'{address.Scheme}://' is not a Neo4j address; use http://host:7474 or neo4j+s://host"),
        };
        if (scheme == address.Scheme)
        {
            return address;
        }

        // The Bolt port does not answer HTTP; the HTTP connector has its own.
        var port = address.IsDefaultPort || address.Port == 7687 ? defaultPort : address.Port;
        return new UriBuilder(scheme, address.Host, port, address.AbsolutePath).Uri;
    }

    public Uri QueryApiUri => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/query/v2");

    public Uri TransactionalUri => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/tx/commit");

    public AuthenticationHeaderValue? Authorization =>
        User is null || _password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{_password}")));

    /// <summary>
    /// The text with the password and the Basic token made of it replaced by "***": a server or proxy
    /// may echo the request's credentials in an error message, and kg prints those messages.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_password is not { Length: > 0 } password)
        {
            return text;
        }

        var redacted = text.Replace(password, "***", StringComparison.Ordinal);
        return Authorization?.Parameter is { Length: > 0 } token ? redacted.Replace(token, "***", StringComparison.Ordinal) : redacted;
    }

    public override string ToString() =>
        $"{BaseUri} database '{Database}' as {(User is null ? "anonymous" : $"'{User}'")}{(HasPassword ? " (password set)" : "")}";
}
