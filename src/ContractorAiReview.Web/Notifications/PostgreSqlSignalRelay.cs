using System.Threading.Channels;
using ContractorAiReview.Web.Infrastructure.Data;
using Npgsql;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// Carries signals between app instances on one PostgreSQL database with LISTEN/NOTIFY: <see cref="NotificationSignals"/>,
/// so a person's bell changes at once whichever instance holds their page, and <see cref="InstanceSignals"/>, so every
/// instance reads an adopted guideline version or a saved catalogue again. The database is already shared, so nothing
/// else (Redis, a message bus) has to be run. Each signal names the instance that sent it; an instance ignores its own.
/// A lost notification signal (the listening connection dropped) costs the wait for the page's next look a minute
/// later; after reconnecting, the instance reads the guideline and the catalogue again, in case it missed a change.
/// </summary>
public sealed class PostgreSqlSignalRelay(
    DatabaseSettings database, NotificationSignals signals, InstanceSignals instances,
    Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext> dbFactory, Domain.Guidelines.GuidelineLibrary guidelines,
    Catalogue.AiServiceCatalogueStore catalogue, ILogger<PostgreSqlSignalRelay> logger) : BackgroundService
{
    private const string People = "people";

    public const string ChannelName = "car_notifications";

    /// <summary>NOTIFY carries at most 8,000 bytes; user ids are 36 characters: well under that per message.</summary>
    private const int IdsPerMessage = 100;

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Channel<(string Topic, IReadOnlyCollection<string> Data)> _outgoing =
        Channel.CreateUnbounded<(string, IReadOnlyCollection<string>)>(new() { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signals.Published += EnqueuePeople;
        instances.Published += EnqueueTopic;
        try
        {
            await Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signals.Published -= EnqueuePeople;
            instances.Published -= EnqueueTopic;
        }
    }

    private void EnqueuePeople(IReadOnlySet<string> userIds) => _outgoing.Writer.TryWrite((People, userIds));

    private void EnqueueTopic(string topic) => _outgoing.Writer.TryWrite((topic, []));

    private async Task SendAsync(CancellationToken ct)
    {
        await foreach (var (topic, data) in _outgoing.Reader.ReadAllAsync(ct))
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(ct);
                foreach (var chunk in data.Count == 0 ? [[]] : data.Chunk(IdsPerMessage))
                {
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", ChannelName);
                    notify.Parameters.AddWithValue("payload", $"{_instance}:{topic}:{string.Join(',', chunk)}");
                    await notify.ExecuteNonQueryAsync(ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("A {Topic} signal was not passed to the other instances: {Error}", topic, e.GetType().Name);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var reconnected = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false }.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                if (reconnected)
                {
                    // Whatever another instance changed while this one was not listening.
                    Reload(InstanceSignals.GuidelineAdopted);
                    Reload(InstanceSignals.CatalogueSaved);
                }

                reconnected = true;

                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Listening for other instances' notification signals failed ({Error}); trying again.", e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
            }
        }
    }

    private void Receive(string payload)
    {
        var parts = payload.Split(':', 3);
        if (parts.Length != 3 || parts[0] == _instance)
        {
            return;
        }

        if (parts[1] == People)
        {
            signals.Receive(parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
        }
        else
        {
            Reload(parts[1]);
        }
    }

    /// <summary>Reads again what another instance changed, off the listening connection's thread.</summary>
    private void Reload(string topic) => _ = Task.Run(async () =>
    {
        try
        {
            switch (topic)
            {
                case InstanceSignals.GuidelineAdopted:
                    await using (var db = await dbFactory.CreateDbContextAsync())
                    {
                        await Guidelines.GuidelineCommands.RestoreAsync(db, guidelines, CancellationToken.None);
                    }

                    break;
                case InstanceSignals.CatalogueSaved:
                    await catalogue.LoadAsync();
                    break;
            }
        }
        catch (Exception e)
        {
            logger.LogWarning("Reading {Topic} again after another instance changed it failed: {Error}", topic, e.GetType().Name);
        }
    });
}
