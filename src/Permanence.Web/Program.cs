using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Permanence.Application;
using Permanence.Data;
using Permanence.Data.Demo;
using Permanence.Data.Model.Identity;
using Permanence.Data.Scoping;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Database;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

var builder = WebApplication.CreateBuilder(args);

if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
}

var database = DatabaseStartup.ReadDatabaseOptions(builder.Configuration);
var demo = DatabaseStartup.ReadDemoSettings(builder.Configuration, database);
var oidc = builder.Configuration.GetSection("Authentication:OpenIdConnect");
var oidcAuthority = oidc["Authority"] is { Length: > 0 } authority ? authority : null;

builder.Services.AddSingleton(database);
builder.Services.AddSingleton(demo);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IDataScope, HttpDataScope>();
builder.Services.AddScoped<Permanence.Data.Matching.MatchLinkQueries>();
builder.Services.AddPermanenceApplication();
builder.Services.AddDbContext<PermanenceDbContext>(database.Configure);
builder.Services.AddDataProtection().SetApplicationName("Permanence").PersistKeysToDbContext<PermanenceDbContext>();

builder
    .Services.AddIdentity<ApplicationUser, IdentityRole>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<PermanenceDbContext>()
    .AddClaimsPrincipalFactory<PermanenceClaimsFactory>();

var authentication = builder.Services.AddAuthentication();
authentication.AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
if (oidcAuthority is not null)
{
    authentication.AddOpenIdConnect(
        ExternalSignIn.Scheme,
        oidc["DisplayName"] ?? "your organisation's account",
        o =>
        {
            o.Authority = oidcAuthority;
            o.ClientId = oidc["ClientId"];
            o.ClientSecret = oidc["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Add("email");
            o.MapInboundClaims = false;
        }
    );
}

builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/account/sign-in";
    o.LogoutPath = "/account/sign-out";
    o.AccessDeniedPath = "/account/access-denied";
    o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
    o.SlidingExpiration = true;
    o.Cookie.Name = "permanence";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

builder.Services.AddAuthorization(Policies.Add);
builder.Services.AddOptions<Permanence.Application.Tracker.TrackerOptions>()
    .Bind(builder.Configuration.GetSection(Permanence.Application.Tracker.TrackerOptions.Section))
    .Validate(o => o.A1.ThresholdDays > 0 && o.A2.ThresholdDays > 0 && o.A1.AtRiskMarginDays >= 0 && o.A2.AtRiskMarginDays >= 0, "Tracker thresholds must be positive and at-risk margins not negative.")
    .ValidateOnStart();
Permanence.Web.Pages.Matching.MatchingOptions.Register(builder.Services, builder.Configuration);
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "permanence-antiforgery";
    o.Cookie.SameSite = SameSiteMode.Strict;
});
builder
    .Services.AddRazorPages(o =>
    {
        o.Conventions.AuthorizeFolder("/Children", Policies.ViewPersonalRecords);
        o.Conventions.AuthorizeFolder("/Tracker", Policies.ViewPersonalRecords);
        o.Conventions.AuthorizeFolder("/Scorecard", Policies.ViewScorecard);
        o.Conventions.AuthorizePage("/Scorecard/Children", Policies.ViewScorecardChildren);
        o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
        o.Conventions.AuthorizeFolder("/Returns", Policies.ViewReturns);
        o.Conventions.AllowAnonymousToFolder("/Errors");
        o.Conventions.AllowAnonymousToPage("/Account/SignIn");
        o.Conventions.AddPageApplicationModelConvention("/Account/SignIn", m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SignInRateLimiting.Policy)));
        o.Conventions.AllowAnonymousToPage("/Account/SignedOut");
        o.Conventions.AddPageRoute("/Errors/Status", "/error/{code:int}");
    })
    .AddMvcOptions(o =>
    {
        o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        o.ModelBinderProviders.Insert(0, new TrimmedStringBinderProvider());
        o.Filters.Add<InvalidFormFilter>();
    });
builder.Services.AddRouting(o => o.LowercaseUrls = true);
builder.Services.AddSignInRateLimiting(builder.Configuration);
// A body that is not JSON, or not the expected shape, is the client's mistake: 400, never 500.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiBadRequests.Describe);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "Permanence API";
    doc.Info.Description = "Children's permanence, adopters and performance figures. Get a bearer token from POST /api/token.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await DatabaseStartup.PrepareAsync(app.Services, app.Logger);

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders(oidcAuthority);
app.UseWhen(
    c => c.Request.Path.StartsWithSegments("/api"),
    api =>
    {
        api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ApiBadRequests.StatusCode });
        api.UseStatusCodePages();
    }
);
app.UseWhen(
    c => !c.Request.Path.StartsWithSegments("/api"),
    pages =>
    {
        pages.UseExceptionHandler("/error/500");
        pages.UseStatusCodePagesWithReExecute("/error/{0}");
    }
);
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseReadAudit();

app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
{
    ResponseWriter = (context, report) =>
        context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() }),
}).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRazorPages();
app.MapPermanenceApi();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine($"Permanence is running. Open {address} in your browser.");
    }

    if (demo.Enabled)
    {
        Console.WriteLine($"Demo sign-ins (password for all: {DemoRegion.Password}), for example:");
        Console.WriteLine($"  {DemoRegion.SignIn(Permanence.Domain.Staff.StaffRole.SocialWorker, "991")}    (LA social worker, Kingsmere)");
        Console.WriteLine($"  {DemoRegion.SignIn(Permanence.Domain.Staff.StaffRole.FamilyFinder, "raa")}    (RAA family finder, whole region)");
        Console.WriteLine($"  {DemoRegion.SignIn(Permanence.Domain.Staff.StaffRole.Administrator, "raa")}            (RAA administrator)");
        Console.WriteLine("  Every organisation has one user per role; the sign-in page lists them all.");
    }
});

await app.RunAsync();

/// <summary>The web application's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
