using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// One Blazor Server circuit driven the way blazor.web.js drives it, without a browser (what a browser sends was read
/// from Chromium's WebSocket frames on this app): the prerendered page's server markers and component state go to
/// <c>StartCircuit</c> and <c>UpdateRootComponents</c> over SignalR with the blazorpack protocol, every render batch is
/// acknowledged, every JS interop call is answered as a 1280×720 browser answered it, and a click on a link is
/// <c>OnLocationChanged</c> with the link intercepted. What it does not do is apply the batches to a DOM: the server's
/// work and memory are a real circuit's, the client's are a fraction of a browser's, so a thousand fit on this machine.
/// </summary>
internal sealed partial class BlazorCircuit : IAsyncDisposable
{
    // What a browser answered to the calls that return a value (the rest return nothing: null).
    static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "0",
        ["mudElementRef.getBoundingClientRect"] =
            """{"x":0,"y":64,"width":240,"height":656,"top":64,"right":240,"bottom":720,"left":0,"scrollY":0,"scrollX":0,"windowHeight":720,"windowWidth":1280}""",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":720,"width":1280}""",
    };

    readonly HubConnection connection;
    readonly Uri baseUri;
    readonly HttpClient http;
    readonly object gate = new();
    Expectation? expected;

    BlazorCircuit(HubConnection connection, Uri baseUri, HttpClient http)
    {
        this.connection = connection;
        this.baseUri = baseUri;
        this.http = http;
    }

    /// <summary>From the request for the page to the last render batch of its opening (its data loaded).</summary>
    public double OpenedMs { get; private set; }

    /// <summary>The circuit has failed (the server sent JS.Error or closed the connection).</summary>
    public string? Failure { get; private set; }

    /// <summary>Opens <paramref name="path"/> as a browser would: the prerendered page, then its circuit, until the render
    /// batch holding <paramref name="marker"/> has arrived and the circuit has gone quiet.</summary>
    public static async Task<BlazorCircuit> OpenAsync(Uri baseUri, HttpClient signedIn, CookieContainer cookies, string path, string marker, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var page = await signedIn.GetStringAsync(new Uri(baseUri, path), cancel);
        var markers = ServerMarker().Matches(page).Select((m, i) =>
        {
            var node = JsonNode.Parse(m.Groups[1].Value)!.AsObject();
            node["uniqueId"] = i;
            return new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = node };
        }).ToArray();
        if (markers.Length == 0)
        {
            throw new InvalidOperationException($"{path} has no interactive server component: not signed in?");
        }

        var state = ComponentState().Match(page) is { Success: true } s ? s.Groups[1].Value : "";
        var operations = new JsonObject { ["batchId"] = 1, ["operations"] = new JsonArray(markers) }.ToJsonString();

        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseUri, "_blazor"), options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var circuit = new BlazorCircuit(builder.Build(), baseUri, signedIn);
        circuit.Listen();
        await circuit.connection.StartAsync(cancel);
        var expectedAt = clock.Elapsed.TotalMilliseconds;
        var wait = circuit.Expect(marker);
        var secret = await circuit.connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", state, cancel);
        if (secret is null)
        {
            throw new InvalidOperationException($"StartCircuit refused: {circuit.Failure}");
        }

        await circuit.connection.SendAsync("UpdateRootComponents", operations, state, cancel);
        circuit.OpenedMs = expectedAt + await wait.Settled.WaitAsync(TimeSpan.FromSeconds(60), cancel);
        return circuit;
    }

    /// <summary>A click on a link to <paramref name="path"/>: the time until the batch holding <paramref name="marker"/>
    /// arrived (the new page's first content) and until the last batch before the circuit went quiet (its data loaded).</summary>
    public async Task<(double FirstMs, double SettledMs)> NavigateAsync(string path, string marker, CancellationToken cancel)
    {
        var wait = Expect(marker);
        await connection.SendAsync("OnLocationChanged", new Uri(baseUri, path).ToString(), null, true, cancel);
        var settled = await wait.Settled.WaitAsync(TimeSpan.FromSeconds(60), cancel);
        return (wait.FirstMs, settled);
    }

    Expectation Expect(string marker)
    {
        lock (gate)
        {
            return expected = new Expectation(Encoding.UTF8.GetBytes(marker));
        }
    }

    void Listen()
    {
        connection.On<long, byte[]>("JS.RenderBatch", async (batchId, batch) =>
        {
            lock (gate)
            {
                expected?.Saw(batch);
            }

            await connection.SendAsync("OnRenderCompleted", batchId, null);
        });
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", (handle, identifier, _, _, _, _) =>
            connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{Answers.GetValueOrDefault(identifier, "null")}]"));
        connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        connection.On<string>("JS.Error", error =>
        {
            Failure = error;
            lock (gate)
            {
                expected?.Fail(error);
            }
        });
        connection.Closed += error =>
        {
            Failure ??= "connection closed: " + error?.Message;
            lock (gate)
            {
                expected?.Fail(Failure);
            }

            return Task.CompletedTask;
        };
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    [GeneratedRegex("<!--Blazor:(\\{\"type\":\"server\".*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex ServerMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();

    /// <summary>
    /// Signs a demo person in (seed-data/demo-users.json: their password, and for city staff the code their
    /// authenticator app shows now) through the app's own sign-in forms; the cookie lands in <paramref name="cookies"/>.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(Uri baseUri, CookieContainer cookies, string email)
    {
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "demo-users.json")))!
            .AsArray().Single(u => (string?)u!["email"] == email)!;
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri };

        // A form as the browser sends it: its hidden fields (the antiforgery token, the form's name) and the typed ones.
        async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> typed)
        {
            var form = await http.GetStringAsync(path);
            var fields = HiddenInput().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            foreach (var (name, value) in typed)
            {
                fields[name] = value;
            }

            return await http.PostAsync(path, new FormUrlEncodedContent(fields));
        }

        var response = await PostFormAsync("account/login", new() { ["Input.Email"] = email, ["Input.Password"] = (string)demo["password"]! });
        if ((string?)demo["authenticatorKey"] is { } key && response.Headers.Location?.ToString() is { } step && step.Contains("login/code", StringComparison.Ordinal))
        {
            response.Dispose();
            response = await PostFormAsync(step.TrimStart('/'), new() { ["Input.Code"] = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp() });
        }

        using var _ = response;
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return http;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();

    /// <summary>What one interaction waits for: the batch holding the marker, then quiet.</summary>
    sealed class Expectation(byte[] marker)
    {
        static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
        readonly Stopwatch clock = Stopwatch.StartNew();
        readonly TaskCompletionSource<double> settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Timer? quietTimer;
        double lastMs;

        public double FirstMs { get; private set; } = -1;

        public Task<double> Settled => settled.Task;

        public void Saw(byte[] batch)
        {
            lastMs = clock.Elapsed.TotalMilliseconds;
            if (FirstMs < 0 && batch.AsSpan().IndexOf(marker) >= 0)
            {
                FirstMs = lastMs;
            }

            if (FirstMs >= 0)
            {
                // Quiet for 250 ms after the last batch: the page's data has arrived; settled is that last batch's time.
                quietTimer ??= new Timer(_ =>
                {
                    settled.TrySetResult(lastMs);
                    quietTimer?.Dispose();
                });
                quietTimer.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
        }

        public void Fail(string error)
        {
            quietTimer?.Dispose();
            settled.TrySetException(new InvalidOperationException(error));
        }
    }

    /// <summary>Blazor's own protocol name over the MessagePack hub protocol it is built on (blazor.web.js does the same
    /// with the MessagePack client under the name "blazorpack").</summary>
    sealed class BlazorPackProtocol : IHubProtocol
    {
        readonly MessagePackHubProtocol inner = new();

        public string Name => "blazorpack";

        public int Version => 1;

        public TransferFormat TransferFormat => TransferFormat.Binary;

        public bool IsVersionSupported(int version) => version == 1;

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
            inner.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);
    }
}
