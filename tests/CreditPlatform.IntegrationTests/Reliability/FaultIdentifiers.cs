using System.Globalization;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.IntegrationTests.Reliability;

/// <summary>Valid, distinct resident identity numbers for load loops (hundreds of thousands, not a thousand).</summary>
public static class FaultIdentifiers
{
    private static int _next = -1;

    public static string Next()
    {
        var n = Interlocked.Increment(ref _next);
        var born = new DateOnly(1970, 1, 1).AddDays(n / 1000);
        var first17 = "330106" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("000", CultureInfo.InvariantCulture);
        return first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17);
    }
}
