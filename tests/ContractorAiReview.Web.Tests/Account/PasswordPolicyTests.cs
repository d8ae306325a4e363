using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>Length, not composition; never the person's own e-mail or name. Every way of setting a password applies it.</summary>
public sealed class PasswordPolicyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("correcthorse")] // 12 lower-case letters: no composition rules
    [InlineData("長い合言葉でも大丈夫です十二文字")]
    [InlineData("horse battery staple correct")]
    public async Task Validate_LongEnough_Accepted(string password) =>
        Assert.True((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData("Short#2026x", "PasswordTooShort")] // 11 characters, however mixed
    [InlineData("tanaka.midori-2026", "PasswordContainsPersonalData")] // the e-mail's local part
    [InlineData("MidoriTanaka2026!", "PasswordContainsPersonalData")] // the name without its space, any case
    [InlineData("OsakaCity-2026-spring", "PasswordContainsContextWord")] // the city's name, any case
    [InlineData("大阪の春はいつも桜が綺麗です", "PasswordContainsContextWord")]
    public async Task Validate_ShortOrPersonal_Refused(string password, string code)
    {
        var result = await ValidateAsync(password);

        Assert.Contains(result.Errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("PasswordPassword")] // compared without case
    [InlineData("1qaz2wsx3edc")] // a keyboard walk, long enough but breached
    public async Task Validate_FromTheBreachedList_Refused(string password)
    {
        var result = await ValidateAsync(password);

        Assert.Equal(["PasswordBreached"], result.Errors.Select(e => e.Code));
    }

    /// <summary>
    /// Only entries the length rule would otherwise accept are shipped; the list's header says which, and a shorter
    /// minimum would let through passwords the list no longer holds.
    /// </summary>
    [Fact]
    public void BreachedList_CoversEveryLengthThePolicyAccepts()
    {
        var list = app.Get<CommonPasswords>();
        var kept = System.Text.RegularExpressions.Regex.Match(list.Header, @"length (\d+)-(\d+)");

        Assert.True(kept.Success, list.Header);
        Assert.True(int.Parse(kept.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= PasswordPolicy.MinimumLength);
        Assert.True(int.Parse(kept.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= PasswordPolicy.MaximumLength);
        Assert.Contains("top-1000000", list.Header, StringComparison.Ordinal);
        // Of the top 1,000,000, those of 12 characters or more (the rest are refused by length).
        Assert.InRange(list.Count, 40_000, 50_000);
    }

    [Fact]
    public async Task Validate_LongerThanTheMaximum_Refused()
    {
        var result = await ValidateAsync(new string('x', PasswordPolicy.MaximumLength + 1));

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
        Assert.True((await ValidateAsync(new string('x', PasswordPolicy.MaximumLength))).Succeeded);
    }

    [Fact]
    public async Task ChangePassword_ToTheOwnEmail_RefusedAtTheNewPassword()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(Demo.MioContractor))!;

        var result = await app.Get<AccountCommands>().ChangePasswordAsync(user, new PasswordForm
        {
            CurrentPassword = Demo.MioPassword, NewPassword = Demo.MioContractor, ConfirmPassword = Demo.MioContractor,
        }, ct: ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("メールアドレスや氏名を含まない", string.Join("", result.Errors![nameof(PasswordForm.NewPassword)]), StringComparison.Ordinal);
    }

    private async Task<IdentityResult> ValidateAsync(string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var person = new AppUser { UserName = "tanaka.midori@midori.example.jp", Email = "tanaka.midori@midori.example.jp", DisplayName = "Midori Tanaka" };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, person, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
