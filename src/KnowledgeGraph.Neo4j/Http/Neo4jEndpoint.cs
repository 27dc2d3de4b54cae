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
        if (baseUri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"the Neo4j HTTP API needs an http:// or https:// address, not {baseUri.Scheme}://");
        }

        if (!string.IsNullOrEmpty(baseUri.UserInfo))
        {
            // Credentials in the address would end up in logs and messages; the message must not repeat them.
            throw new ArgumentException($"put the user and password in {UserVariable} and {PasswordVariable}, not in the address");
        }

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

    public Uri QueryApiUri => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/query/v2");

    public Uri TransactionalUri => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/tx/commit");

    public AuthenticationHeaderValue? Authorization =>
        User is null || _password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{_password}")));

    public override string ToString() =>
        $"{BaseUri} database '{Database}' as {(User is null ? "anonymous" : $"'{User}'")}{(HasPassword ? " (password set)" : "")}";
}
