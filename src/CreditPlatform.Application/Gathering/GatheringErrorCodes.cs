namespace CreditPlatform.Application.Gathering;

/// <summary>Every code with which gathering fails (a field failure's code); they never change.</summary>
public static class GatheringErrorCodes
{
    /// <summary>A resident search without any text.</summary>
    public const string ResidentSearchTextRequired = "resident_search_text_required";

    /// <summary>An event previewed before its resident is chosen.</summary>
    public const string ResidentRequired = "resident_required";

    /// <summary>A tally file without lines.</summary>
    public const string TallyEmpty = "tally_empty";

    /// <summary>A tally with more lines than one tally holds.</summary>
    public const string TallyTooLarge = "tally_too_large";
}
