using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Permanence.TestCommon;

namespace Permanence.EndToEndTests;

/// <summary>
/// The application on a real Kestrel port on 127.0.0.1, and Debian's headless Chromium driven
/// by its chromedriver (no browser is downloaded).
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    public PermanenceFactory Factory { get; } = new();

    public ChromeDriver Driver { get; }

    public string BaseAddress { get; }

    public string ScreenshotFolder { get; }

    public BrowserFixture()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseAddress = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var options = new ChromeOptions { BinaryLocation = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium" };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
            $"--user-data-dir={Directory.CreateTempSubdirectory("permanence-chromium").FullName}");
        var service = ChromeDriverService.CreateDefaultService(
            Path.GetDirectoryName(Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver")!,
            Path.GetFileName(Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver"));
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(30);

        ScreenshotFolder = Path.Combine(RepositoryRoot(), ".test-output", "screenshots");
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Permanence.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        Factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
