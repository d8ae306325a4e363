using System.Threading.Channels;
using ContractorAiReview.Web.Infrastructure.Data;
using Npgsql;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// Carries <see cref="NotificationSignals"/> between app instances on one PostgreSQL database with LISTEN/NOTIFY, so a
/// person's bell changes at once whichever instance holds their page. The database is already shared, so nothing else
/// (Redis, a message bus) has to be run. Each signal names the instance that sent it; an instance ignores its own.
/// A lost signal (the listening connection dropped) costs only the wait for the page's next minute-by-minute look.
/// </summary>
public sealed class PostgreSqlSignalRelay(DatabaseSettings database, NotificationSignals signals, ILogger<PostgreSqlSignalRelay> logger) : BackgroundService
{
    public const string ChannelName = "car_notifications";

    /// <summary>NOTIFY carries at most 8,000 bytes; user ids are 36 characters: well under that per message.</summary>
    private const int IdsPerMessage = 100;

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Channel<IReadOnlySet<string>> _outgoing = Channel.CreateUnbounded<IReadOnlySet<string>>(new() { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signals.Published += Enqueue;
        try
        {
            await Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signals.Published -= Enqueue;
        }
    }

    private void Enqueue(IReadOnlySet<string> userIds) => _outgoing.Writer.TryWrite(userIds);

    private async Task SendAsync(CancellationToken ct)
    {
        await foreach (var userIds in _outgoing.Reader.ReadAllAsync(ct))
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(ct);
                foreach (var chunk in userIds.Chunk(IdsPerMessage))
                {
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", ChannelName);
                    notify.Parameters.AddWithValue("payload", _instance + ":" + string.Join(',', chunk));
                    await notify.ExecuteNonQueryAsync(ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("A notification signal was not passed to the other instances: {Error}", e.GetType().Name);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
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
        var separator = payload.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || payload.AsSpan(0, separator).SequenceEqual(_instance))
        {
            return;
        }

        signals.Receive(payload[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
    }
}
