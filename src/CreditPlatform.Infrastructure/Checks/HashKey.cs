using System.Buffers.Binary;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>A 32-byte keyed hash as a value: cheap to compare, and its first word is already uniformly spread.</summary>
internal readonly record struct HashKey(ulong A, ulong B, ulong C, ulong D)
{
    public const int Length = 32;

    public static HashKey From(ReadOnlySpan<byte> hash) => hash.Length == Length
        ? new HashKey(
            BinaryPrimitives.ReadUInt64LittleEndian(hash),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]))
        : throw new ArgumentException("An identifier hash has 32 bytes.", nameof(hash));

    public override int GetHashCode() => (int)A;
}
