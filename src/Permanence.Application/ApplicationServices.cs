using Microsoft.Extensions.DependencyInjection;

namespace Permanence.Application;

/// <summary>Marks a class of operations or queries that pages, endpoints and the CLI take from DI (one per request scope).</summary>
public interface IApplicationService;

public static class ApplicationServices
{
    /// <summary>
    /// Registers every <see cref="IApplicationService"/> of this assembly as itself, scoped, so a
    /// new feature folder needs no line in Program.cs and nothing is built with <c>new</c>.
    /// </summary>
    public static IServiceCollection AddPermanenceApplication(this IServiceCollection services)
    {
        var types = typeof(ApplicationServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApplicationService).IsAssignableFrom(t));
        foreach (var type in types)
        {
            services.AddScoped(type);
        }

        return services;
    }
}
