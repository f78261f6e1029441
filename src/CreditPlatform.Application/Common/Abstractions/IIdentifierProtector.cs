namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>
/// Turns an identifier into a keyed hash (for lookups, without making the table readable in bulk)
/// and an encrypted copy (for the subject's own report). Keys come from configuration.
/// </summary>
public interface IIdentifierProtector
{
    byte[] Hash(string normalizedIdentifier);
    byte[] Encrypt(string normalizedIdentifier);
    string Decrypt(byte[] cipher);
}
