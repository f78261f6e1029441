using CreditPlatform.Application.Common.Behaviours;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the mediator, every handler and validator of this assembly, and the pipeline. The mediator and the
    /// handlers' registrations are generated at compile time (Mediator.SourceGenerator, referenced by this project),
    /// so a send looks nothing up by reflection and a request without a handler does not compile.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<Scoring.Events.EventRecorder>();
        services.AddScoped<Common.Actors.PersonResolver>();
        services.AddScoped<Common.Actors.ActingSystem>();
        services.AddSingleton<Checks.CheckAnswerer>();

        // Scoped: handlers use the request's DbContext, tenant and actor.
        services.AddMediator(options =>
        {
            options.Namespace = "CreditPlatform.Application.Common.Mediation";
            options.GenerateTypesAsInternal = true;
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            // Outermost first: validate before opening a transaction; audit inside it.
            options.PipelineBehaviors =
            [
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
                typeof(AuditBehaviour<,>),
            ];
        });

        AssemblyScanner.FindValidatorsInAssembly(typeof(DependencyInjection).Assembly)
            .ForEach(r => services.AddScoped(r.InterfaceType, r.ValidatorType));
        return services;
    }
}
