using System.Diagnostics;
using System.Globalization;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Measures the app in-process, on its real handlers and database (docs/benchmarks.md, issue 14's table):
//   decisions N [workers]   files 2N requests (the demo generator), then confirms them: N one after another (the time
//                           of one decision: median, p95), then the other N by [workers] at once
//                           (default 4; decisions per second sustained). A decision is the confirm move in one transaction:
//                           state, history, journal, outbox e-mail and notifications, and the notice PDF.
//   circuits N [--steps a,b,…] [--think S] [--seconds D]
//                           opens N circuits on the request form in steps (default 100, 250, 500, N) from a child process
//                           speaking the Blazor protocol (CircuitLoad, BlazorCircuit) to this process's Kestrel; at each step
//                           the memory this process holds per circuit, then D seconds (default 60) of every circuit clicking
//                           to its request list and back after a think time of mean S seconds (default 10): p50/p95/max.
//   queue N [--history H]   grows the database to N requests with H history rows each (copies of 200 requests the demo
//                           generator files, 190 of them confirmed, written straight to the tables; held and decided by 500
//                           other people), then times an officer's review page queries, 200 times each (median, p95).
// Options after the mode: --provider PostgreSQL --connection "Host=…" (default: SQLite in a temporary folder).
internal static class Harness
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.ElementAtOrDefault(0) ?? "decisions";
        if (mode == "circuit-client") // the child process of the circuits mode
        {
            return await CircuitLoad.ClientAsync(new Uri(args[1]), Steps(args[2]), double.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        }

        var count = int.Parse(args.ElementAtOrDefault(1) ?? "200", CultureInfo.InvariantCulture);
        var workers = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

        // The app's content root: its files are copied beside the harness (templates, seed data).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CONTRACTORAIREVIEW_WEB", AppContext.BaseDirectory);
        var folder = Path.Combine(Path.GetTempPath(), "car-harness-" + Guid.NewGuid().ToString("N"));
        await using var app = new HarnessFactory(folder, Option("--provider"), Option("--connection"));
        if (mode is "circuits" or "queue")
        {
            app.UseKestrel(0); // real sockets, for the circuits
        }

        _ = app.Services;
        Console.WriteLine($"provider: {app.Services.GetRequiredService<DatabaseSettings>().Provider}; machine: {Environment.ProcessorCount} cores; load average: {File.ReadAllText("/proc/loadavg").Trim()}");

        switch (mode)
        {
            case "decisions":
                await DecisionsAsync(app, count, workers);
                break;
            case "circuits":
                await CircuitLoad.RunAsync(app.ClientOptions.BaseAddress, Steps(Option("--steps") ?? $"100,250,500,{count}").Where(s => s <= count).ToArray(),
                    double.Parse(Option("--think") ?? "10", CultureInfo.InvariantCulture), int.Parse(Option("--seconds") ?? "60", CultureInfo.InvariantCulture));
                break;
            case "queue":
                await QueueAsync(app, count, history: int.Parse(Option("--history") ?? "10", CultureInfo.InvariantCulture));
                break;
            default:
                Console.Error.WriteLine($"Unknown mode {mode}.");
                return 2;
        }

        if (Environment.GetEnvironmentVariable("HARNESS_KEEP") == "1")
        {
            Console.WriteLine($"kept: {folder}"); // to look at the database afterwards
            return 0;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    static async Task DecisionsAsync(HarnessFactory app, int count, int workers)
    {
        // One after another: the time of one decision.
        // Both batches filed first: the generator files only on contracts without a confirmed request.
        var filed = await FiledAsync(app, 2 * count);
        var sequential = new List<double>();
        foreach (var request in filed.Take(count))
        {
            var stopwatch = Stopwatch.StartNew();
            await ConfirmAsync(app, request);
            sequential.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        sequential.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decision, one at a time: n={sequential.Count} median {Percentile(sequential, 0.5):F2} ms, p95 {Percentile(sequential, 0.95):F2} ms, mean {sequential.Average():F2} ms"));

        // Several at once: decisions per second sustained.
        var queue = new Queue<Ready>(filed.Skip(count));
        var total = queue.Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                Ready next;
                lock (queue)
                {
                    if (queue.Count == 0)
                    {
                        return;
                    }

                    next = queue.Dequeue();
                }

                await ConfirmAsync(app, next);
            }
        })));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decisions, {workers} at once: {total} in {clock.Elapsed.TotalSeconds:F2} s = {total / clock.Elapsed.TotalSeconds:F0} per second"));
    }

    static async Task QueueAsync(HarnessFactory app, int count, int history)
    {
        var clock = Stopwatch.StartNew();
        // As in a city after some years: most requests decided, a few waiting. 200 filed, 190 of them confirmed, then copied.
        var filed = await FiledAsync(app, 200);
        foreach (var request in filed.Skip(10))
        {
            await ConfirmAsync(app, request);
        }

        await ScaleData.GrowAsync(app.Services, count, history);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var requests = await db.Requests.CountAsync();
            var rows = await db.RequestTransitions.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"data: {requests:N0} requests, {rows:N0} history rows, in {clock.Elapsed.TotalSeconds:F0} s"));
        }

        await QueueTimingsAsync(app);
        await QueuePageAsync(app);
    }

    // The officer's review page as the officer gets it: the server-rendered page (GET /reviews, its queries included),
    // then the interactive page (a circuit opened on it, until its data has arrived), each timed after a warm-up.
    static async Task QueuePageAsync(HarnessFactory app)
    {
        // The officer whose queries were timed above, signed in as a demo person.
        var staff = await StaffAsync(app);
        string email;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var officer = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(staff.Values.First().Officer.UserId);
            email = officer?.Email ?? throw new InvalidOperationException("No officer.");
        }

        var address = app.ClientOptions.BaseAddress;
        var cookies = new System.Net.CookieContainer();
        using var http = await BlazorCircuit.SignInAsync(address, cookies, email);
        await TimeAsync($"review page, server-rendered ({email})", Iterations, async () =>
        {
            using var response = await http.GetAsync("reviews");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
        await TimeAsync($"review page, interactive until its data ({email})", Math.Min(Iterations, 50), async () =>
        {
            await using var circuit = await BlazorCircuit.OpenAsync(address, http, cookies, "reviews", "queues", CancellationToken.None);
            return circuit.OpenedMs;
        });
    }

    static Task TimeAsync(string name, int iterations, Func<Task> action) => TimeAsync(name, iterations, async () =>
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        return stopwatch.Elapsed.TotalMilliseconds;
    });

    static async Task TimeAsync(string name, int iterations, Func<Task<double>> measure)
    {
        for (var i = 0; i < 10; i++)
        {
            await measure();
        }

        var timings = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            timings.Add(await measure());
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {Percentile(timings, 0.5):F2} ms, p95 {Percentile(timings, 0.95):F2} ms"));
    }

    // The officer's review page as it reads the database: the tab counts, the first page of each queue, and the first
    // page of the department's requests (the "all" tab), each timed 200 times after a warm-up.
    static async Task QueueTimingsAsync(HarnessFactory app)
    {
        var staff = await StaffAsync(app);
        var officer = staff.Values.First().Officer;
        var services = app.Services.CreateScope().ServiceProvider;
        var reviews = services.GetRequiredService<ReviewQueries>();
        var requests = services.GetRequiredService<ContractorAiReview.Web.Requests.RequestQueries>();
        var page = new PageRequest();
        List<(string Name, Func<Task> Query)> measured =
        [
            ("tab counts", () => reviews.CountsAsync(officer)),
            .. ReviewQueries.QueuesFor(officer).Select(q => ($"queue {q}, first page", (Func<Task>)(() => reviews.QueueAsync(officer, q, page)))),
            ("all requests, first page", () => requests.ListAsync(officer, null, page)),
            ("all requests, page 100", () => requests.ListAsync(officer, null, page with { Skip = 99 * page.Take })),
        ];
        foreach (var (name, query) in measured)
        {
            await TimeAsync($"{name} ({officer.DisplayName})", Iterations, query);
        }
    }

    static int[] Steps(string list) => list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Distinct().Order().ToArray();

    static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("HARNESS_ITERATIONS"), out var n) ? n : 200;

    internal static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // Files requests and brings each to the step where the next move is the decision (claimed by its holder; forwarded
    // to the approver on a two-step route), so that only the decision itself is timed.
    static async Task<List<Ready>> FiledAsync(HarnessFactory app, int count)
    {
        int before;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            before = await db.Requests.MaxAsync(r => (int?)r.Id) ?? 0;
        }

        if (await DemoGenerator.RunAsync(app.Services, count, TextWriter.Null, seed: before + 1) != 0)
        {
            throw new InvalidOperationException("The demo generator could not file requests.");
        }

        var staff = await StaffAsync(app);
        var ready = new List<Ready>();
        await using var scope = app.Services.CreateAsyncScope();
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewCommands>();
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var filed = await context.Requests.Where(r => r.Id > before).Select(r => new { r.Id, r.Version, r.DepartmentId }).ToListAsync();
        foreach (var request in filed)
        {
            var (officer, approver) = staff[request.DepartmentId];
            var result = await reviews.ClaimAsync(officer, request.Id, request.Version);
            var holder = officer;
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            if ((await db.Requests.Include(r => r.Route).SingleAsync(r => r.Id == request.Id)).Permits(RequestTrigger.Forward))
            {
                result = await reviews.ForwardAsync(officer, request.Id, result.Version!.Value);
                holder = approver ?? throw new InvalidOperationException("A two-step route without an approver.");
                result = await reviews.ClaimAsync(holder, request.Id, result.Version!.Value);
            }

            ready.Add(new Ready(request.Id, result.Version!.Value, holder));
        }

        return ready;
    }

    static async Task ConfirmAsync(HarnessFactory app, Ready request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReviewCommands>().ConfirmAsync(request.Holder, request.Id, request.Version);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Request {request.Id} not confirmed: {result.Outcome}");
        }
    }

    static async Task<Dictionary<int, (CurrentUser Officer, CurrentUser? Approver)>> StaffAsync(HarnessFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        async Task<List<CurrentUser>> InRole(string role) =>
            (await users.GetUsersInRoleAsync(role)).Where(u => u.DepartmentId is not null)
            .Select(u => new CurrentUser(u.Id, u.DisplayName, role, u.ContractorId, u.DepartmentId)).ToList();
        var officers = await InRole(Roles.DepartmentOfficer);
        var approvers = await InRole(Roles.Approver);
        return officers.GroupBy(o => o.DepartmentId!.Value).ToDictionary(g => g.Key,
            g => (g.First(), approvers.FirstOrDefault(a => a.DepartmentId == g.Key)));
    }
}

internal sealed record Ready(int Id, int Version, CurrentUser Holder);

/// <summary>The real app host (Development: demo organisations and people), on SQLite in a temporary folder or on the given PostgreSQL database.</summary>
internal sealed class HarnessFactory(string folder, string? provider, string? connection) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", folder);
        builder.UseSetting("Mail:Delivery", "Off");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            if (Environment.GetEnvironmentVariable("HARNESS_SQL") == "1")
            {
                logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information); // the SQL each query sends
            }
        });
        if (provider is not null)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Default", connection);
        }
    }
}
