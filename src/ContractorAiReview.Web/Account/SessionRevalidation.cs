using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// An open page (a Blazor circuit) outlives the request that signed it in. This provider checks the person's account
/// again every <see cref="RevalidationInterval"/> (still there, not disabled, same security stamp; the session neither
/// idle for too long nor past its absolute end, see <see cref="SessionLifetime"/>), and <see cref="EndSession"/> ends it
/// at once when the server knows (an administrator disabled the person): the page becomes anonymous and the router
/// sends the browser to the sign-in page.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, SessionLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private static readonly AuthenticationState Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>When the person last used this page (their input reaching the circuit); the page's start until then.</summary>
    public DateTimeOffset LastUsed { get; private set; } = lifetime.Now;

    public void Used() => LastUsed = lifetime.Now;

    public void EndSession() => SetAuthenticationState(Task.FromResult(Anonymous));

    /// <summary>Whether the page's session is still good, as the periodic check decides.</summary>
    public async Task<bool> IsStillValidAsync(CancellationToken ct = default) =>
        await ValidateAuthenticationStateAsync(await GetAuthenticationStateAsync(), ct);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (lifetime.HasEnded(authenticationState.User, LastUsed))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}

/// <summary>Which open pages belong to whom, so that disabling a person ends their pages at once, not a minute later.</summary>
public sealed class OpenSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, RevalidatingAuthenticationStateProvider>> _byUser = new();

    public void Add(string userId, string circuitId, RevalidatingAuthenticationStateProvider state) =>
        _byUser.GetOrAdd(userId, _ => new()).TryAdd(circuitId, state);

    public void Remove(string userId, string circuitId)
    {
        if (_byUser.TryGetValue(userId, out var circuits))
        {
            circuits.TryRemove(circuitId, out _);
        }
    }

    public int CountOf(string userId) => _byUser.TryGetValue(userId, out var circuits) ? circuits.Count : 0;

    /// <summary>Ends every open page of the person; the cookie is refused on its next request by the security stamp.</summary>
    public void EndAllOf(string userId)
    {
        if (_byUser.TryRemove(userId, out var circuits))
        {
            foreach (var state in circuits.Values)
            {
                state.EndSession();
            }
        }
    }
}

/// <summary>
/// Registers each circuit with <see cref="OpenSessions"/> under its signed-in person, and counts the person's input on
/// the page as use of the session (for the idle timeout).
/// </summary>
public sealed class OpenSessionTracker(OpenSessions sessions, AuthenticationStateProvider state) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            (state as RevalidatingAuthenticationStateProvider)?.Used();
            return next(context);
        };

    private string? _userId;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (state is RevalidatingAuthenticationStateProvider revalidating
            && (await state.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            _userId = userId;
            sessions.Add(userId, circuit.Id, revalidating);
        }
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_userId is not null)
        {
            sessions.Remove(_userId, circuit.Id);
        }

        return Task.CompletedTask;
    }
}
