using ContractorAiReview.Web.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>A page that acts for the signed-in person: handlers get this <see cref="CurrentUser"/> and apply the access rules.</summary>
public abstract class AppPageBase : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<CurrentUser> GetCurrentUserAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return (state is null ? null : CurrentUser.From(state.User))
               ?? throw new InvalidOperationException("The page needs a signed-in user with a role.");
    }
}
