using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

/// <summary>
/// The circuits mode: N circuits on one instance, opened in steps on the request form, each step measured twice —
/// the memory the server holds per circuit (the harness's own process: a full collection, then the managed heap and
/// the resident set), then the interactions of every open circuit for a while (each person clicks to their request
/// list and back to the form after a think time; the time to the new page's first content and to its data, p50/p95/max).
/// The circuits are driven from a child process (<see cref="BlazorCircuit"/>) so that the client's objects are not
/// in the measured heap; parent and child speak in lines on the child's stdin and stdout.
/// </summary>
internal static class CircuitLoad
{
    const string FormPath = "requests/new", FormMarker = "contract-select";
    const string ListPath = "requests", ListMarker = "request-table";

    /// <summary>The server side (the harness hosting the app): starts the client, measures at each step it reports.</summary>
    public static async Task RunAsync(Uri address, int[] steps, double thinkSeconds, int phaseSeconds)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "circuit-client", address.ToString(), string.Join(',', steps), thinkSeconds.ToString(CultureInfo.InvariantCulture), phaseSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var client = Process.Start(start)!;
        (long Heap, long Resident) baseline = default;
        var self = Process.GetCurrentProcess();
        TimeSpan cpuAtGo = default, pausedAtGo = default;
        var gen2AtGo = 0;
        var wallAtGo = Stopwatch.StartNew();
        while (await client.StandardOutput.ReadLineAsync() is { } line)
        {
            Console.WriteLine(line);
            if (line.StartsWith("warm", StringComparison.Ordinal))
            {
                baseline = Memory();
                await GoAsync();
            }
            else if (line.StartsWith("opened", StringComparison.Ordinal))
            {
                var open = int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
                var now = Memory();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  server memory with {open} circuits on the form: managed heap {now.Heap / 1048576.0:F1} MB, resident {now.Resident / 1048576.0:F0} MB; per circuit (over the first): managed {(now.Heap - baseline.Heap) / 1024.0 / (open - 1):F0} KB, resident {(now.Resident - baseline.Resident) / 1024.0 / (open - 1):F0} KB"));
                await GoAsync();
            }
            else if (line.StartsWith("interactions", StringComparison.Ordinal))
            {
                self.Refresh();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  server CPU over the interactions: {(self.TotalProcessorTime - cpuAtGo).TotalSeconds / wallAtGo.Elapsed.TotalSeconds / Environment.ProcessorCount * 100:F0}% of {Environment.ProcessorCount} cores; garbage collection paused it {(GC.GetTotalPauseDuration() - pausedAtGo).TotalMilliseconds:F0} ms ({GC.CollectionCount(2) - gen2AtGo} full collections); load average {File.ReadAllText("/proc/loadavg").Trim()}"));
            }
        }

        await client.WaitForExitAsync();
        if (client.ExitCode != 0)
        {
            throw new InvalidOperationException($"The circuit client failed ({client.ExitCode}).");
        }

        // Measured: the client may go on (opening circuits or clicking), counted from here.
        async Task GoAsync()
        {
            if (int.TryParse(Environment.GetEnvironmentVariable("HARNESS_HOLD"), out var hold)) // time to take a heap dump (dotnet-gcdump)
            {
                Console.WriteLine($"  holding {hold} s: process {Environment.ProcessId}");
                await Task.Delay(TimeSpan.FromSeconds(hold));
            }

            self.Refresh();
            cpuAtGo = self.TotalProcessorTime;
            pausedAtGo = GC.GetTotalPauseDuration();
            gen2AtGo = GC.CollectionCount(2);
            wallAtGo.Restart();
            await client.StandardInput.WriteLineAsync("go");
        }
    }

    static (long Heap, long Resident) Memory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var resident = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return (heap, long.Parse(resident.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024);
    }

    /// <summary>The client side (a child process): a contractor signed in once, then one circuit per open page.</summary>
    public static async Task<int> ClientAsync(Uri address, int[] steps, double thinkSeconds, int phaseSeconds)
    {
        var cookies = new CookieContainer();
        using var http = await BlazorCircuit.SignInAsync(address, cookies, "contractor@naniwa.example.jp");
        var circuits = new List<BlazorCircuit> { await BlazorCircuit.OpenAsync(address, http, cookies, FormPath, FormMarker, CancellationToken.None) };
        Console.WriteLine("warm: 1 circuit open");
        await GoAsync();
        var failedToOpen = 0;
        foreach (var step in steps)
        {
            var clock = Stopwatch.StartNew();
            var opened = new ConcurrentBag<BlazorCircuit>();
            await Parallel.ForEachAsync(Enumerable.Range(0, step - circuits.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, cancel) =>
            {
                try
                {
                    opened.Add(await BlazorCircuit.OpenAsync(address, http, cookies, FormPath, FormMarker, cancel));
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
                {
                    Interlocked.Increment(ref failedToOpen);
                }
            });
            circuits.AddRange(opened);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"opened {circuits.Count} circuits ({opened.Count} in {clock.Elapsed.TotalSeconds:F1} s; {failedToOpen} failed to open so far)"));
            await GoAsync();
            await InteractAsync(circuits, thinkSeconds, phaseSeconds);
        }

        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        return 0;

        static async Task GoAsync()
        {
            if (await Console.In.ReadLineAsync() != "go")
            {
                throw new InvalidOperationException("The harness did not answer.");
            }
        }
    }

    // Every open circuit, for the phase: think (exponential, the given mean), click to the request list, think, click
    // back to the form. A click that fails or waits a minute counts as failed.
    static async Task InteractAsync(List<BlazorCircuit> circuits, double thinkSeconds, int phaseSeconds)
    {
        var first = new ConcurrentBag<double>();
        var settled = new ConcurrentBag<double>();
        var failed = 0;
        var end = Stopwatch.StartNew();
        var phase = TimeSpan.FromSeconds(phaseSeconds);
        var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        await Task.WhenAll(circuits.Select(async (circuit, index) =>
        {
            var random = new Random(index);
            var onForm = true;
            while (end.Elapsed < phase && circuit.Failure is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * thinkSeconds));
                if (end.Elapsed >= phase)
                {
                    break;
                }

                try
                {
                    var (firstMs, settledMs) = onForm
                        ? await circuit.NavigateAsync(ListPath, ListMarker, CancellationToken.None)
                        : await circuit.NavigateAsync(FormPath, FormMarker, CancellationToken.None);
                    first.Add(firstMs);
                    settled.Add(settledMs);
                    onForm = !onForm;
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    Interlocked.Increment(ref failed);
                    break;
                }
            }

            // Back on the form, so that the next step's memory is measured with every circuit on it.
            if (!onForm && circuit.Failure is null)
            {
                try
                {
                    await circuit.NavigateAsync(FormPath, FormMarker, CancellationToken.None);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));

        string Figures(ConcurrentBag<double> bag)
        {
            var sorted = bag.Order().ToList();
            return sorted.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture,
                $"p50 {Harness.Percentile(sorted, 0.5):F0} ms, p95 {Harness.Percentile(sorted, 0.95):F0} ms, max {sorted[^1]:F0} ms");
        }

        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"interactions with {circuits.Count} circuits (think {thinkSeconds:0.#} s, {phaseSeconds} s): {first.Count} clicks = {first.Count / end.Elapsed.TotalSeconds:F1}/s, {failed} failed; new page's first content {Figures(first)}; its data {Figures(settled)}; the client's own CPU {(self.TotalProcessorTime - cpu).TotalSeconds / end.Elapsed.TotalSeconds / Environment.ProcessorCount * 100:F0}% of {Environment.ProcessorCount} cores"));
    }
}
