namespace CreditPlatform.Infrastructure.Persistence.Seed;

/// <summary>One area's part of the demo data. Steps run in order and each skips what already exists.</summary>
public interface IDemoSeedStep
{
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}
