using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// An in-process HTTP listener on 127.0.0.1 that answers as Neo4j's HTTP APIs do, from a script
/// of responses chosen per request; it records what it received.
/// </summary>
public sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, FakeResponse> _respond;
    private readonly Task _loop;

    public FakeNeo4jServer(Func<RecordedRequest, FakeResponse> respond)
    {
        _respond = respond;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The Query API's success answer with these counters.</summary>
    public static FakeResponse QueryApiSuccess(int nodesCreated = 0, int relationshipsCreated = 0, int propertiesSet = 0) => new(202,
        $$$"""{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":{{{nodesCreated}}},"nodesDeleted":0,"propertiesSet":{{{propertiesSet}}},"relationshipsCreated":{{{relationshipsCreated}}},"relationshipsDeleted":0,"labelsAdded":{{{nodesCreated}}},"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":["FB:abc"]}""");

    /// <summary>The transactional endpoint's success answer with these stats.</summary>
    public static FakeResponse TransactionalSuccess(int nodesCreated = 0, int relationshipsCreated = 0) => new(200,
        $$$"""{"results":[{"columns":[],"data":[],"stats":{"contains_updates":true,"nodes_created":{{{nodesCreated}}},"nodes_deleted":0,"properties_set":0,"relationships_created":{{{relationshipsCreated}}},"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0,"contains_system_updates":false,"system_updates":0}}],"errors":[]}""");

    public static FakeResponse Error(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public void Dispose()
    {
        // Close alone: on Linux, Stop followed by Close unregisters the prefix twice, and the second
        // time re-binds the port to look it up, which fails when another test has taken the port.
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener closes under it; nothing to report.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new RecordedRequest(
                context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], await reader.ReadToEndAsync());
            FakeResponse response;
            lock (Requests)
            {
                Requests.Add(request);
                response = _respond(request);
            }

            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            if (response.RetryAfterSeconds is { } s)
            {
                context.Response.Headers["Retry-After"] = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            // A known length and no keep-alive: each request gets its own connection, so the client never sends on one the
            // listener is closing (a dropped connection reads as transient and is retried, which doubled a request in CI).
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.KeepAlive = false;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
