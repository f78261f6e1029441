using CreditPlatform.Application.Checks;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>Bands of a jurisdiction's subjects through <c>subject_band_measures</c> (migration 0061).</summary>
public sealed class SubjectBands(NpgsqlDataSource dataSource) : ISubjectBands
{
    public async Task<SubjectBand?[]> FindAsync(Guid tenant, IReadOnlyList<byte[]?> hashes, CancellationToken ct)
    {
        var found = new SubjectBand?[hashes.Count];
        var asked = hashes.OfType<byte[]>().Select(Convert.ToHexString).Distinct().ToArray();
        if (asked.Length == 0)
        {
            return found;
        }

        await using var command = dataSource.CreateCommand("SELECT identifier_hash, authority, band, measures FROM subject_band_measures($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = tenant, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = asked.Select(Convert.FromHexString).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        var bands = new Dictionary<string, SubjectBand>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                bands[Convert.ToHexString(reader.GetFieldValue<byte[]>(0))] = new SubjectBand(reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3));
            }
        }

        for (var i = 0; i < hashes.Count; i++)
        {
            if (hashes[i] is { } h && bands.TryGetValue(Convert.ToHexString(h), out var band))
            {
                found[i] = band;
            }
        }

        return found;
    }
}
