namespace ContractorAiReview.Web.Infrastructure.Security;

/// <summary>
/// The app's cookies. Outside Development their names carry the <c>__Host-</c> prefix (OWASP ASVS 5.0 V3.3.1, V3.3.3):
/// the browser then keeps them only when they are Secure, for this host alone and the whole site, so neither plain HTTP
/// nor a neighbouring subdomain can set or overwrite them. Development serves plain HTTP, where such cookies are refused.
/// </summary>
public sealed class CookieNames(IHostEnvironment environment)
{
    private string Prefix => environment.IsDevelopment() ? "" : "__Host-";

    /// <summary>The sign-in (Identity's application cookie).</summary>
    public string Session => Prefix + "car-session";

    /// <summary>Between the password and the code of a two-step sign-in.</summary>
    public string TwoStep => Prefix + "car-two-step";

    public string Antiforgery => Prefix + "car-antiforgery";

    /// <summary>The person's language.</summary>
    public string Culture => Prefix + "car-culture";
}
