using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// Runs one Cypher statement at a time over Neo4j's HTTP APIs, each in its own auto-commit
/// transaction: the Query API (<c>POST /db/{db}/query/v2</c>, Neo4j 5.x and Aura) first, the
/// transactional endpoint (<c>POST /db/{db}/tx/commit</c>) once the Query API answers 404.
/// Transient failures (429, 503 and other 5xx, Neo.TransientError.*, a dropped connection) are
/// retried with bounded exponential backoff; that is safe because every statement we send MERGEs.
/// </summary>
public sealed class Neo4jHttpClient
{
    private const string JsonMediaType = "application/json";

    private readonly HttpClient _http;
    private readonly Neo4jEndpoint _endpoint;
    private readonly RetryOptions _retry;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public Neo4jHttpClient(HttpClient http, Neo4jEndpoint endpoint, RetryOptions? retry = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        _http = http;
        _endpoint = endpoint;
        _retry = retry ?? RetryOptions.Default;
        _delay = delay ?? Task.Delay;
    }

    /// <summary>True once the server has shown it has no Query API; later statements go straight to tx/commit.</summary>
    public bool UsesTransactionalEndpoint { get; private set; }

    /// <summary>How many retries all statements have needed so far.</summary>
    public int Retries { get; private set; }

    public async Task<QueryCounters> RunAsync(string statement, JsonObject? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        for (var attempt = 1; ; attempt++)
        {
            var (counters, failure) = await SendOnceAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return counters!;
            }

            if (failure.Kind != Neo4jErrorKind.Transient || attempt >= _retry.MaxAttempts)
            {
                var suffix = failure.Kind == Neo4jErrorKind.Transient ? $" (gave up after {attempt} attempts)" : "";
                throw new Neo4jException(failure.Kind, failure.Message + suffix, failure.Code, failure.StatusCode, failure.Inner);
            }

            Retries++;
            await _delay(_retry.DelayBefore(attempt, failure.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(QueryCounters? Counters, Failure? Failure)> SendOnceAsync(string statement, JsonObject? parameters, CancellationToken ct)
    {
        var transactional = UsesTransactionalEndpoint;
        using var request = new HttpRequestMessage(HttpMethod.Post, transactional ? _endpoint.TransactionalUri : _endpoint.QueryApiUri)
        {
            Content = new StringContent(Body(statement, parameters, transactional), Encoding.UTF8, JsonMediaType),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        request.Headers.Authorization = _endpoint.Authorization;

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return (null, new Failure(Neo4jErrorKind.Transient, $"could not reach Neo4j at {_endpoint.BaseUri}: {ex.Message}", Inner: ex));
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            return (null, new Failure(Neo4jErrorKind.Transient, $"Neo4j at {_endpoint.BaseUri} did not answer in time", Inner: ex));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var error = Neo4jResponse.FirstError(body);

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var who = _endpoint.User is null ? "without credentials" : $"as user '{_endpoint.User}'";
                return (null, new Failure(Neo4jErrorKind.Authentication,
                    $"Neo4j at {_endpoint.BaseUri} refused the request {who} (HTTP {status}{(error is { } e ? ", " + e.Code : "")}); " +
                    $"check {Neo4jEndpoint.UserVariable} and {Neo4jEndpoint.PasswordVariable}", error?.Code, status));
            }

            if (response.StatusCode == HttpStatusCode.NotFound && !transactional && !IsNeo4jCode(error))
            {
                // No Query API on this server (Neo4j 4.x, or 5.x before 5.5): use the transactional endpoint from now on.
                UsesTransactionalEndpoint = true;
                return await SendOnceAsync(statement, parameters, ct).ConfigureAwait(false);
            }

            if (status == 429 || status >= 500)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta
                    ?? (response.Headers.RetryAfter?.Date is { } d ? d - DateTimeOffset.UtcNow : null);
                return (null, new Failure(Neo4jErrorKind.Transient, $"Neo4j answered HTTP {status}{Describe(error)}", error?.Code, status, RetryAfter: retryAfter));
            }

            if (error is { } err)
            {
                return (null, new Failure(Classify(err.Code), $"Neo4j rejected the statement: {err.Code}: {err.Message}", err.Code, status));
            }

            if (status == 404)
            {
                return (null, new Failure(Neo4jErrorKind.Client,
                    $"neither the Query API nor the transactional endpoint exists at {_endpoint.BaseUri} for database '{_endpoint.Database}' (HTTP 404)", null, status));
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, new Failure(Neo4jErrorKind.Server, $"Neo4j answered HTTP {status} without an error code", null, status));
            }

            return (transactional ? Neo4jResponse.TransactionalCounters(body) : Neo4jResponse.QueryApiCounters(body), null);
        }
    }

    private static string Body(string statement, JsonObject? parameters, bool transactional)
    {
        // The caller's parameters may be reused for a fallback attempt, so each body gets a deep copy.
        var parameterCopy = parameters?.DeepClone() ?? new JsonObject();
        JsonObject body = transactional
            ? new JsonObject
            {
                ["statements"] = new JsonArray(new JsonObject
                {
                    ["statement"] = statement,
                    ["parameters"] = parameterCopy,
                    ["includeStats"] = true,
                }),
            }
            : new JsonObject
            {
                ["statement"] = statement,
                ["parameters"] = parameterCopy,
                ["includeCounters"] = true,
            };
        return body.ToJsonString();
    }

    private static bool IsNeo4jCode((string Code, string Message)? error) =>
        error is { } e && e.Code.StartsWith("Neo.", StringComparison.Ordinal);

    private static Neo4jErrorKind Classify(string code) => code switch
    {
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorKind.Transient,
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jErrorKind.Authentication,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jErrorKind.Client,
        _ => Neo4jErrorKind.Server,
    };

    private static string Describe((string Code, string Message)? error) =>
        error is { } e ? $": {e.Code}: {e.Message}" : "";

    private sealed record Failure(
        Neo4jErrorKind Kind, string Message, string? Code = null, int? StatusCode = null, TimeSpan? RetryAfter = null, Exception? Inner = null);
}
