using System.Net.Sockets;
using Npgsql;

namespace CreditPlatform.Web.Hardening;

/// <summary>
/// Tells "the database is not there right now" (restart, failover, network) from a bug, so the
/// client is told to retry (503) instead of seeing a 500.
/// </summary>
public static class DatabaseFailures
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exception; 57P01-57P03: shutting down, crashed, not yet accepting; 53300: too many connections.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException or EndOfStreamException }:
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
