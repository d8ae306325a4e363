namespace ContractorAiReview.Tests.Shared;

/// <summary>Waiting for something another thread or process brings about (a delivery, a signal, a listener).</summary>
internal static class Polling
{
    /// <summary>Checks every 100 ms until the condition holds; a TimeoutException naming what was awaited after <paramref name="within"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan within, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(100, ct);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan within, CancellationToken ct) =>
        UntilAsync(() => Task.FromResult(condition()), what, within, ct);
}
