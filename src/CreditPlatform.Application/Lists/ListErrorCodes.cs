using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Scoring;

namespace CreditPlatform.Application.Lists;

/// <summary>Every code with which the lists refuse (the problem's <c>code</c>); they never change.</summary>
public static class ListErrorCodes
{
    /// <summary>An entry and the subject it is confirmed as are not of the same kind (person or organisation).</summary>
    public const string KindMismatch = "kind_mismatch";

    /// <summary>A higher authority suspended the list: it takes no new entries until the suspension is lifted.</summary>
    public const string ListSuspended = "list_suspended";

    /// <summary>Removal for credit repair before the list's minimum time: the same refusal as a repair asked too early.</summary>
    public const string RepairTooEarly = AppealErrorCodes.RepairTooEarly;

    /// <summary>A list is never created in one step: it is drafted and approved by another person (four eyes).</summary>
    public const string NeedsReview = "list_needs_review";

    /// <summary>A list code that is not capital letters, digits and underscores.</summary>
    public const string ListCodeShape = "list_code_shape";

    /// <summary>A list that is neither black nor red.</summary>
    public const string ListKindInvalid = "list_kind_invalid";

    /// <summary>A list whose sector is not one of the known sectors.</summary>
    public const string SectorInvalid = "sector_invalid";

    /// <summary>A list whose scope is neither local nor national.</summary>
    public const string ListScopeInvalid = "list_scope_invalid";

    /// <summary>A list without its legal basis.</summary>
    public const string LegalBasisRequired = "legal_basis_required";

    /// <summary>A list without a default duration.</summary>
    public const string DefaultDurationRequired = "default_duration_required";

    /// <summary>A list whose maximum duration is shorter than its default.</summary>
    public const string MaximumDurationBelowDefault = "maximum_duration_below_default";

    /// <summary>A list that attaches no measure.</summary>
    public const string MeasureRequired = "measure_required";

    /// <summary>A measure that does not exist.</summary>
    public const string MeasureUnknown = "measure_unknown";

    /// <summary>A measure that does not fit the list: black lists restrict, red lists reward.</summary>
    public const string MeasureKindMismatch = "measure_kind_mismatch";

    /// <summary>A treatment of legal representatives other than none, restricted or co-listed.</summary>
    public const string RepresentativeTreatmentInvalid = "representative_treatment_invalid";

    /// <summary>Restricted legal representatives without the measures that restrict them.</summary>
    public const string RepresentativeMeasuresRequired = "representative_measures_required";

    /// <summary>A legal representative's measure that is not one of the list's measures.</summary>
    public const string RepresentativeMeasuresNotSubset = "representative_measures_not_subset";

    /// <summary>Representative measures on a list that does not restrict representatives.</summary>
    public const string RepresentativeMeasuresUnexpected = "representative_measures_unexpected";

    /// <summary>A draft rejected without a reason: the same code as a scheme or rule draft's.</summary>
    public const string RejectionReasonRequired = SchemeErrorCodes.RejectionReasonRequired;

    /// <summary>A listing that does not say why the subject is listed.</summary>
    public const string ListingReasonRequired = "listing_reason_required";

    /// <summary>A listing without the number of the legally effective document it rests on.</summary>
    public const string ListingDocumentRequired = "listing_document_required";

    /// <summary>An expiry on or before the listing date.</summary>
    public const string ExpiryNotAfterListing = "expiry_not_after_listing";

    /// <summary>An expiry later than the list's maximum duration allows.</summary>
    public const string ExpiryBeyondMaximum = "expiry_beyond_maximum";

    /// <summary>A listing dated in the future.</summary>
    public const string ListedInFuture = "listed_in_future";

    /// <summary>A listing whose expiry has passed already.</summary>
    public const string ListingExpiredAlready = "listing_expired_already";

    /// <summary>An identifier awaiting identification that is longer than such an identifier may be.</summary>
    public const string UnverifiedIdentifierTooLong = "unverified_identifier_too_long";

    /// <summary>An identification that names no enrolled subject.</summary>
    public const string IdentifiedSubjectRequired = "identified_subject_required";

    /// <summary>A removal whose reason is not one of performed, appeal upheld, repaired or error.</summary>
    public const string RemovalReasonInvalid = "removal_reason_invalid";

    /// <summary>An entry status other than active, suspended or removed.</summary>
    public const string EntryStatusInvalid = "entry_status_invalid";
}
