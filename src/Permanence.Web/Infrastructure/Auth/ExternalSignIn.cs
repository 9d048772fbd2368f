namespace Permanence.Web.Infrastructure.Auth;

public static class ExternalSignIn
{
    /// <summary>The OpenID Connect scheme, present only when Authentication:OpenIdConnect:Authority is set.</summary>
    public const string Scheme = "oidc";
}
