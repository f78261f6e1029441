using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Dispatching;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application;

public static class DependencyInjection
{
    /// <summary>Registers the dispatcher, every handler and validator of this assembly, and the pipeline.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ISender, Dispatcher>();
        services.AddScoped<Scoring.Events.EventRecorder>();
        services.AddScoped<Common.Actors.PersonResolver>();
        services.AddScoped<Common.Actors.ActingSystem>();

        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var iface in type.GetInterfaces())
            {
                if (iface.IsGenericType && iface.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                {
                    services.AddScoped(iface, type);
                }
            }
        }

        AssemblyScanner.FindValidatorsInAssembly(assembly)
            .ForEach(r => services.AddScoped(r.InterfaceType, r.ValidatorType));

        // Outermost first: validate before opening a transaction; audit inside it.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
        return services;
    }
}
