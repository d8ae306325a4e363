using System.Diagnostics;
using System.Globalization;
using ContractorAiReview.Tests.Shared;
using MimeKit;

namespace ContractorAiReview.BrowserTests.Notifications;

/// <summary>Where the SMTP server hangs a message it is told to hold (see stalling_smtp.py).</summary>
public enum Stall
{
    /// <summary>Before it has received anything: the sender never finishes, the server has nothing.</summary>
    BeforeData,
    /// <summary>After it has stored the message: the server has it, the sender does not know.</summary>
    AfterData,
}

/// <summary>
/// A real SMTP server on loopback (aiosmtpd, stalling_smtp.py) that the test can make hang, so that the app can be
/// killed while it sends. Skips the test where aiosmtpd is missing (fails it with CI=true).
/// </summary>
public sealed class StallingSmtpServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "car-smtp-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private StallingSmtpServer()
    {
    }

    public int Port { get; private set; }

    /// <summary>The app's settings to send through this server, polling every second, a crashed sender's hold lasting <paramref name="claimHold"/>.</summary>
    public IReadOnlyDictionary<string, string> AppSettings(TimeSpan claimHold) => new Dictionary<string, string>
    {
        ["Mail__Delivery"] = "Smtp",
        ["Mail__Smtp__Host"] = "127.0.0.1",
        ["Mail__Smtp__Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Mail__Smtp__Security"] = "None",
        ["Mail__PollInterval"] = "00:00:01",
        ["Mail__ClaimHold"] = claimHold.ToString("c", CultureInfo.InvariantCulture),
    };

    public static async Task<StallingSmtpServer> StartAsync(CancellationToken ct)
    {
        await LoopbackServers.RequireAiosmtpdAsync(ct);
        var server = new StallingSmtpServer { Port = LoopbackServers.FreePort() };
        Directory.CreateDirectory(server._folder);
        var script = Path.Combine(AppContext.BaseDirectory, "Notifications", "stalling_smtp.py");
        server._process = Process.Start(new ProcessStartInfo(LoopbackServers.Python, [script, server.Port.ToString(CultureInfo.InvariantCulture), server._folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await LoopbackServers.WaitUntilListeningAsync(server.Port, ct);
        return server;
    }

    /// <summary>From now on, a message to <paramref name="address"/> (or to anyone: <c>*</c>) hangs where <paramref name="stall"/> says.</summary>
    public Task StallAsync(Stall stall, string address, CancellationToken ct) =>
        File.WriteAllTextAsync(Path.Combine(_folder, FileOf(stall)), address, ct);

    /// <summary>How many sends hang now (or hung before a sender was killed).</summary>
    public int Stalled =>
        File.Exists(StalledFile) ? File.ReadAllText(StalledFile).Count(c => c == '\n') : 0;

    /// <summary>Lets every hanging send go on and stops stalling new ones.</summary>
    public void Release()
    {
        File.Delete(Path.Combine(_folder, FileOf(Stall.BeforeData)));
        File.Delete(Path.Combine(_folder, FileOf(Stall.AfterData)));
        File.Delete(StalledFile);
    }

    /// <summary>What the server received, in order.</summary>
    public async Task<List<MimeMessage>> ArrivedAsync(CancellationToken ct)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(Path.Combine(_folder, "mail"), "*.eml").Order(StringComparer.Ordinal))
        {
            messages.Add(await MimeMessage.LoadAsync(file, ct));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string StalledFile => Path.Combine(_folder, "stalled");

    private static string FileOf(Stall stall) => stall == Stall.BeforeData ? "stall-before-data" : "stall-after-data";
}
