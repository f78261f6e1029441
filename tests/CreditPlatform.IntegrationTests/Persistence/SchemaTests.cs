using CreditPlatform.Domain.Common;
using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Persistence;

/// <summary>The EF model and the SQL migrations describe the same schema, and tenancy holds in both.</summary>
public sealed class SchemaTests(HostFixture host) : IClassFixture<HostFixture>
{
    private IModel Model()
    {
        using var scope = host.Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().GetService<IDesignTimeModel>().Model;
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    [Fact]
    public async Task Model_EveryMappedColumn_ExistsWithMatchingTypeAndNullability()
    {
        var columns = (await QueryAsync(
                "SELECT table_name, column_name, CASE WHEN data_type = 'ARRAY' THEN udt_name ELSE data_type END, is_nullable = 'YES', character_maximum_length FROM information_schema.columns WHERE table_schema = 'public'",
                r => (Table: r.GetString(0), Column: r.GetString(1), Type: r.GetString(2), Nullable: r.GetBoolean(3), Length: r.IsDBNull(4) ? (int?)null : r.GetInt32(4))))
            .ToDictionary(c => (c.Table, c.Column));
        var problems = new List<string>();

        foreach (var entity in Model().GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store)!;
                if (!columns.TryGetValue((table, column), out var actual))
                {
                    problems.Add($"{table}.{column} is mapped but missing");
                    continue;
                }

                var expected = Normalize(property.GetColumnType());
                if (expected != Normalize(actual.Type, actual.Length))
                {
                    problems.Add($"{table}.{column}: model {expected}, database {Normalize(actual.Type, actual.Length)}");
                }

                if (property.IsColumnNullable(store) != actual.Nullable)
                {
                    problems.Add($"{table}.{column}: model nullable={property.IsColumnNullable(store)}, database nullable={actual.Nullable}");
                }
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public async Task Model_EveryPrimaryKey_MatchesTheDatabase()
    {
        var keys = (await QueryAsync("""
                SELECT tc.table_name, string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position)
                FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
                WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
                GROUP BY tc.table_name
                """, r => (Table: r.GetString(0), Columns: r.GetString(1))))
            .ToDictionary(k => k.Table, k => k.Columns);

        foreach (var entity in Model().GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var expected = string.Join(',', entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)));
            keys.ShouldContainKey(table);
            keys[table].ShouldBe(expected, $"primary key of {table}");
        }
    }

    [Fact]
    public async Task TenantOwnedTables_HaveTenantIdFirstInPrimaryKeyAndRowLevelSecurity()
    {
        var rls = (await QueryAsync(
                "SELECT c.relname, c.relrowsecurity, EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')",
                r => (Table: r.GetString(0), Enabled: r.GetBoolean(1), HasPolicy: r.GetBoolean(2))))
            .ToDictionary(t => t.Table);
        var tenantOwned = Model().GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        tenantOwned.ShouldNotBeEmpty();
        foreach (var entity in tenantOwned)
        {
            var table = entity.GetTableName()!;
            entity.FindPrimaryKey()!.Properties[0].Name.ShouldBe(nameof(ITenantOwned.TenantId), $"{table} primary key starts with tenant_id");
            rls[table].Enabled.ShouldBeTrue($"{table} has row-level security enabled");
            rls[table].HasPolicy.ShouldBeTrue($"{table} has a tenant policy");
            entity.GetDeclaredQueryFilters().ShouldNotBeEmpty($"{table} has the tenant query filter");
        }
    }

    [Fact]
    public async Task TenantOwnedTables_EveryUniqueIndexAndForeignKeyIncludesTenantId()
    {
        var tenantTables = Model().GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).Select(e => e.GetTableName()!).ToHashSet();
        var uniques = await QueryAsync("""
            SELECT t.relname, i.relname, pg_get_indexdef(ix.indexrelid)
            FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND ix.indisunique
            """, r => (Table: r.GetString(0), Index: r.GetString(1), Definition: r.GetString(2)));
        var foreignKeys = await QueryAsync("""
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c WHERE c.contype = 'f'
            """, r => (Table: r.GetString(0), Target: r.GetString(1), Definition: r.GetString(2)));

        foreach (var index in uniques.Where(u => tenantTables.Contains(u.Table)))
        {
            index.Definition.ShouldContain("tenant_id", Case.Sensitive, $"unique index {index.Index} includes tenant_id");
        }

        foreach (var fk in foreignKeys.Where(f => tenantTables.Contains(f.Table) && tenantTables.Contains(f.Target)))
        {
            fk.Definition.ShouldStartWith("FOREIGN KEY (tenant_id", customMessage: $"{fk.Table} → {fk.Target} is co-located by tenant_id");
        }
    }

    private static string Normalize(string? type, int? length = null)
    {
        var t = (type ?? "").ToLowerInvariant();
        return t switch
        {
            "character varying" => length is null ? "varchar" : $"varchar({length})",
            _ when t.StartsWith("character varying", StringComparison.Ordinal) => "varchar" + t["character varying".Length..],
            "timestamp with time zone" => "timestamptz",
            "integer" or "int4" => "integer",
            "_text" or "text[]" => "text[]",
            _ => t,
        };
    }
}
