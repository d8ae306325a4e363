using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;

namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>
/// The real built app (<c>dotnet ContractorAiReview.Web.dll</c>) in a child process, in Development on a temporary
/// data folder (fresh SQLite database, migrated and seeded with the demo data) and a free local port.
/// A separate process rather than WebApplicationFactory: the browser talks to exactly what <c>dotnet run</c> serves
/// (Kestrel, static web assets, the SignalR circuit), and nothing of the test host leaks into it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder;
    private readonly bool _keepDataFolder;

    private AppProcess(Process process, string dataFolder, bool keepDataFolder, Uri baseAddress)
    {
        _process = process;
        _dataFolder = dataFolder;
        _keepDataFolder = keepDataFolder;
        BaseAddress = baseAddress;
    }

    /// <summary>The data folder (SQLite database, mail pickup) the app runs on.</summary>
    public string DataFolder => _dataFolder;

    public Uri BaseAddress { get; }

    /// <summary>What the app wrote to the console (kept for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static Task<AppProcess> StartAsync(CancellationToken ct) => StartAsync(new AppProcessOptions(), ct);

    public static async Task<AppProcess> StartAsync(AppProcessOptions options, CancellationToken ct)
    {
        var assembly = TestPaths.WebAppAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The app is not built at {assembly}: build the solution first.");
        }

        var port = ContractorAiReview.Tests.Shared.LoopbackServers.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dataFolder = options.DataFolder ?? Path.Combine(Path.GetTempPath(), "car-browser-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(DotnetHost(), [assembly, .. options.Arguments])
        {
            // Content root = the project folder, as with `dotnet run`.
            WorkingDirectory = TestPaths.WebProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Documents__PublicBaseUrl"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The suite signs in far more often than an office does; RateLimitTests checks the limits themselves.
        start.Environment["RateLimits__SignInPermits"] = "1000";
        start.Environment["RateLimits__VerifyPermits"] = "1000";
        start.Environment["RateLimits__AccountSignInPermits"] = "1000";
        // Autosave every two seconds, so a test can watch it without waiting long.
        start.Environment["RequestForm__AutosaveInterval"] = "00:00:02";
        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app process did not start.");
        var app = new AppProcess(process, dataFolder, options.DataFolder is not null, baseAddress);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            if (options.Serves)
            {
                await app.WaitUntilAnsweringAsync(ct);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before answering:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync("account/login", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Still starting (migrations, seeding).
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"The app did not answer on {BaseAddress} within 90 s:{Environment.NewLine}{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Enough to explain a failure without growing without bound.
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>SIGKILL, as a crash or a pulled plug: no shutdown, nothing flushed, the data folder left as it is.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed; the OS reaps it.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (_keepDataFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The dotnet host running the tests (set by the CLI), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>How to start the app: on a given data folder (kept afterwards, so another start finds it), with settings of its own.</summary>
public sealed record AppProcessOptions
{
    public string? DataFolder { get; init; }

    /// <summary>Command-line arguments after the app's assembly (e.g. <c>--generate-demo 1000</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Whether the start serves the web app (waited for until it answers); a command-line run does not.</summary>
    public bool Serves { get; init; } = true;

    /// <summary>Environment variables (configuration keys with <c>__</c>) added to the defaults.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>Paths baked in at build time (see the project file).</summary>
public static class TestPaths
{
    public static string WebAppAssembly => Metadata("WebAppAssembly");

    public static string WebProjectFolder => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(WebAppAssembly)!, "..", "..", ".."));

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>Screenshots for reviewers: test-results/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryRoot, "test-results", "screenshots");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
