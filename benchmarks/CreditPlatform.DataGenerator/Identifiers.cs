using System.Globalization;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.DataGenerator;

/// <summary>Valid resident identity numbers, a thousand per birth date from 1950 on: unique for millions of subjects.</summary>
internal static class Identifiers
{
    public static string Subject(int i) => Person("330106", i);

    public static string Person(string region, int i)
    {
        var birth = new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(i / 1000);
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i % 1000).ToString("000", CultureInfo.InvariantCulture);
        return first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17);
    }
}
