using CreditPlatform.Application.Lists;

namespace CreditPlatform.Application.Checks;

/// <summary>Every code with which checks and screenings refuse (the problem's <c>code</c>); they never change.</summary>
public static class CheckErrorCodes
{
    public const string ScreeningsInProgress = "screenings_in_progress";

    /// <summary>A check without an identifier.</summary>
    public const string IdentifiersRequired = "identifiers_required";

    /// <summary>A check with more identifiers than one check takes.</summary>
    public const string IdentifiersTooMany = "identifiers_too_many";

    /// <summary>A measure that does not exist (the same code as the lists').</summary>
    public const string MeasureUnknown = ListErrorCodes.MeasureUnknown;

    /// <summary>A change-feed cursor that is neither 0 nor one the feed gave.</summary>
    public const string CursorInvalid = "cursor_invalid";

    /// <summary>A page size outside what the endpoint allows.</summary>
    public const string LimitOutOfRange = "limit_out_of_range";

    /// <summary>An upload without its multipart part named "file".</summary>
    public const string FilePartMissing = "file_part_missing";

    /// <summary>A screening file without an identifier.</summary>
    public const string ScreeningFileEmpty = "screening_file_empty";

    /// <summary>A screening file with more identifiers than one screening takes.</summary>
    public const string ScreeningTooLarge = "screening_too_large";

    /// <summary>A check as of a moment in the future.</summary>
    public const string AsOfInFuture = "as_of_in_future";

    /// <summary>A watch with no identifier or more than a watch takes.</summary>
    public const string WatchIdentifiersCount = "watch_identifiers_count";

    /// <summary>A value that is neither a resident identity number nor a unified social credit code.</summary>
    public const string IdentifierUnrecognised = "identifier_unrecognised";

    /// <summary>A watch naming a webhook that is not a live one of the caller's jurisdiction.</summary>
    public const string WatchWebhookUnknown = "watch_webhook_unknown";
}
