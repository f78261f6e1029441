using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Dispatching;

/// <summary>A request that a single handler answers with <typeparamref name="TResponse"/>.</summary>
public interface IRequest<out TResponse>;

/// <summary>A request that changes state: it runs inside a transaction and is audited.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

public interface IRequestHandler<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}

public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

/// <summary>Wraps every request of matching type, outermost registered first.</summary>
public interface IPipelineBehavior<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}

public interface ISender
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}

/// <summary>
/// Resolves the handler and the behaviours of a request from the container and chains them.
/// The generic invoker per request type is built once and cached, so a send costs no reflection.
/// </summary>
public sealed class Dispatcher(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, object> Invokers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invoker = (Invoker<TResponse>)Invokers.GetOrAdd(
            request.GetType(),
            static t => Activator.CreateInstance(typeof(Invoker<,>).MakeGenericType(t, typeof(TResponse)))!);
        return invoker.Invoke(request, services, cancellationToken);
    }

    private abstract class Invoker<TResponse>
    {
        public abstract Task<TResponse> Invoke(object request, IServiceProvider services, CancellationToken ct);
    }

    private sealed class Invoker<TRequest, TResponse> : Invoker<TResponse>
        where TRequest : IRequest<TResponse>
    {
        public override Task<TResponse> Invoke(object request, IServiceProvider services, CancellationToken ct)
        {
            var typed = (TRequest)request;
            var handler = services.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
            RequestHandlerDelegate<TResponse> next = () => handler.Handle(typed, ct);
            var behaviours = services.GetServices<IPipelineBehavior<TRequest, TResponse>>().ToArray();
            for (var i = behaviours.Length - 1; i >= 0; i--)
            {
                var behaviour = behaviours[i];
                var inner = next;
                next = () => behaviour.Handle(typed, inner, ct);
            }

            return next();
        }
    }
}
