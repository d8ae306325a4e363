using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContractorAiReview.Tests.Shared;

/// <summary>What tests that start a real server on loopback share (linked into each test project that needs it).</summary>
internal static class LoopbackServers
{
    /// <summary>Debian's Python, where python3-aiosmtpd is installed (not a pyenv or venv Python on PATH).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>A TCP port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Skips the test where aiosmtpd is missing; fails it in CI, which installs it.</summary>
    public static async Task RequireAiosmtpdAsync(CancellationToken ct)
    {
        using var check = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
        await check.WaitForExitAsync(ct);
        if (check.ExitCode == 0)
        {
            return;
        }

        const string message = "Debian's python3-aiosmtpd is not installed (.ci/run installs it).";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>Waits until something accepts connections on the port.</summary>
    public static async Task WaitUntilListeningAsync(int port, CancellationToken ct)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }

        throw new InvalidOperationException($"Nothing started listening on port {port}.");
    }
}
