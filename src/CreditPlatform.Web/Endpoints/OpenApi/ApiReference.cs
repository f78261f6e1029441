namespace CreditPlatform.Web.Endpoints.OpenApi;

/// <summary>One operation's texts in the OpenAPI document.</summary>
public sealed record OperationText(string Summary, string Description);

/// <summary>
/// The reference texts of the public API, by operation name (the endpoint's <c>WithName</c>). Every operation the
/// app maps has an entry: <c>OpenApiDocumentTests</c> fails on a missing or stale one, so a new endpoint is
/// documented in the same change that maps it.
/// </summary>
public static class ApiReference
{
    public const string Introduction =
        "The REST API of CreditPlatform: jurisdictions record events and run their scoring schemes and lists; courts, " +
        "agencies, airlines, rail and banks push events and check identifiers. JSON in camelCase, times ISO 8601 with " +
        "offset, errors as RFC 9457 problem details with a stable `code`. Identifiers of people and companies travel " +
        "only in request bodies and come back masked. Writes that may be retried take an `Idempotency-Key` header (or a " +
        "per-item `idempotencyKey` in a batch): the same key never takes effect twice for the same caller.";

    public static readonly IReadOnlyDictionary<string, string> RouteParameters = new Dictionary<string, string>
    {
        ["tenant"] = "The jurisdiction's slug, e.g. `rongcheng`, `majia`, `spc`.",
        ["id"] = "The resource's id (a UUID).",
        ["list"] = "The list's code, e.g. `COURT_DEFAULTERS`.",
        ["code"] = "The rule's code, e.g. `TRAFFIC_RED_LIGHT`.",
        ["version"] = "The version number.",
        ["entryId"] = "The ledger entry's id (a UUID).",
        ["decisionId"] = "The `decisionId` a check answer carried (a UUID).",
        ["day"] = "The calendar day, `yyyy-MM-dd`.",
    };

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["API keys"] = "Keys for external systems: issued with scopes, shown once, revoked at once.",
        ["Appeals"] = "Appeals against ledger entries and list entries, decided by a reviewer who did not record them.",
        ["Audit"] = "The hash-chained audit trail of a jurisdiction.",
        ["Checks"] = "Screening of identifiers against the national and sector lists.",
        ["Credit repair"] = "Requests to repair credit after the minimum period, and their decisions.",
        ["Events"] = "Events that score subjects under the jurisdiction's rules, one at a time or in batches.",
        ["Explanations"] = "Why a score is what it is, and the way back: for officials and for the citizen themselves.",
        ["Guardrails"] = "Limits on rules: the platform's, versioned with four eyes, and each jurisdiction's own.",
        ["Ledger"] = "The subject's hash-chained ledger of points: reversals and verification.",
        ["Lists"] = "Black and red lists of a listing authority, their entries, identification and removal.",
        ["Notifications"] = "Notices sent to subjects.",
        ["Publication"] = "What the public may read without signing in: catalogues, published list entries, report verification.",
        ["Rules"] = "Scoring rules: drafted, approved by a second official, rejected, retired.",
        ["Scheme"] = "The jurisdiction's scoring scheme: base score and bands.",
        ["Scores"] = "Scores, ledgers and trends of subjects.",
        ["Simulations"] = "What a drafted rule change would have done to the jurisdiction's subjects.",
        ["Subjects"] = "People and organisations enrolled in a jurisdiction.",
        ["Users"] = "Officials, reviewers and gatherers of a jurisdiction: invitations, password links, roles, disabling.",
        ["Jurisdictions"] = "The jurisdictions and their hierarchy, administered by the platform.",
        ["Webhooks"] = "Signed notifications of list changes to external systems.",
        ["Working calendar"] = "Public holidays and adjusted working days that working-day deadlines count with.",
    };

    public static readonly IReadOnlyDictionary<string, OperationText> Operations = new Dictionary<string, OperationText>
    {
        ["CreateApiKey"] = new("Issue an API key",
            "Issues a key for a jurisdiction (its own officials) or for the platform, with the scopes given; a key can carry only scopes its issuer holds. The secret is in this answer only and is stored hashed."),
        ["ListApiKeys"] = new("List API keys",
            "The keys the caller may manage, without their secrets: name, scopes, issuer, creation and revocation."),
        ["RevokeApiKey"] = new("Revoke an API key",
            "Revokes the key; it stops working at once, on every instance."),

        ["FileAppeal"] = new("File an appeal",
            "Appeals a ledger entry (`ledgerEntryId`) or a list entry (`listEntryId`) within its appeal window; the answer gives the decision deadline in working days of the deciding jurisdiction's calendar. One open appeal per entry. An entry of a national list about one of this jurisdiction's subjects may be appealed here, at home: the appeal goes to the issuing authority, which decides it, and its window runs from the notice given at home."),
        ["GetAppeals"] = new("List appeals",
            "The jurisdiction's appeals, oldest first, with their deadlines; `open=true` leaves out decided ones."),
        ["GetAppealForReview"] = new("Read an appeal with its file",
            "One appeal as its reviewer decides it: the appellant (and the home jurisdiction it was filed from), the ledger or list entry with its rule or list, the evidence, and earlier decisions; also an appeal handed here by escalation."),
        ["GetAppealEvidence"] = new("Download a piece of an appeal's evidence",
            "The file as it was uploaded, with its content type and name."),
        ["DecideAppeal"] = new("Decide an appeal",
            "Upholds (wholly or in part) or rejects an appeal with reasons. The reviewer may not be the person who recorded the entry, whatever credential they use; an upheld appeal corrects the entry and notifies the subject."),
        ["AddAppealEvidence"] = new("Attach evidence to an appeal",
            "Uploads one file of evidence (multipart form, within the size limit) to an open appeal."),
        ["FileRepair"] = new("Ask for credit repair",
            "Asks for a list entry or a deduction to be repaired once its minimum period has passed, with what the subject has done."),
        ["DecideRepair"] = new("Decide a repair request",
            "Grants or refuses a repair request with reasons; a granted request removes the entry (with its linked entries) or restores the points."),
        ["GetNotifications"] = new("List a subject's notices",
            "Every notice sent to the subject: deductions, listings, appeal outcomes, repairs, with their delivery state."),

        ["ListAuditEntries"] = new("Read the audit trail",
            "The jurisdiction's audit entries, newest first, a page at a time; `subjectId` narrows to one subject."),
        ["VerifyAuditChain"] = new("Verify the audit chain",
            "Recomputes the audit trail's hash chain and says whether it is intact, and where it breaks if not."),

        ["CheckIdentifiers"] = new("Check identifiers against the lists",
            "Checks up to 1,000 identifiers at once against the national and sector lists, answering in the order asked: restricted or not, the measures that apply (narrowed by `measure`), and the entries behind them. With `asOf` (a past moment) the answer is as the lists stood then, from every entry's history. Every check is logged for the subject's 'who checked me'."),
        ["GetCheckDecision"] = new("Read a check answer again",
            "The answer a check gave, by its `decisionId`, as it was given (results in the order asked, masked identifiers, measures, entries, `disputed`) with the index generation it came from. For the caller that asked, and for auditors (`audit:read`) of a jurisdiction that issued an entry behind it; to anyone else it does not exist (404). Kept as long as the check log is."),
        ["CreateWatch"] = new("Watch identifiers",
            "Watches up to 1,000 identifiers (in the body only; stored as their keyed hash and masked, never as given): whenever an entry about one of them is listed, suspended, reinstated, removed or expires on a list the caller may see, a signed webhook (event `watch.listed`, `watch.suspended`, ...) goes to `webhookId`, or without one to every webhook of the caller's jurisdiction, within seconds and at least once, with the same delivery id on every retry."),
        ["GetWatches"] = new("List my watches", "The caller's live watches, identifiers masked."),
        ["DeleteWatch"] = new("Stop a watch", "Stops one of the caller's watches; no webhook is queued for it afterwards."),
        ["StartScreening"] = new("Screen a file of identifiers",
            "Uploads up to 1,000,000 identifiers (a `text/csv` body, or the part `file` of a multipart form; one identifier per line in the first column, an optional header line, UTF-8) and screens them in the background against the lists a check of the same key sees, optionally for one `measure` and, for a platform key, with the local lists of `tenant`. Answers 202 with the screening and its `Location`; follow `GET /api/v1/screenings/{id}` for progress and download the answers from `.../results` when it has completed. Identifiers are kept only as their keyed hash and masked form, and only until screened; each slice of 1,000 is answered and logged as a check (one decision id per slice). At most 3 screenings of one key are in progress at a time (409 `screenings_in_progress`); results are kept for 30 days."),
        ["GetScreenings"] = new("The caller's screenings", "The caller's latest 50 screenings, newest first, with their progress and counts."),
        ["GetScreening"] = new("A screening's progress",
            "Status (`queued`, `screening`, `completed`), identifiers in the file (`total`), screened so far (`screened`, and `percentDone`), and how many were restricted, disputed or not valid identifiers."),
        ["GetScreeningResults"] = new("Download a screening's answers",
            "A CSV file (UTF-8 with a byte-order mark), one line per identifier in the order of the upload: `row,maskedIdentifier,result,disputed,measures,rewards,lists,band,decisionId`, where `result` is `restricted`, `clear` or `invalid_identifier`, lists and measures are separated by `;`, and `decisionId` reads the answer back through `GET /api/v1/checks/{decisionId}`. 409 `screening_in_progress` until the screening has completed."),
        ["DeleteScreening"] = new("Delete a screening", "Deletes one of the caller's screenings with its rows and answers; a screening in progress stops."),
        ["GetListChanges"] = new("List changes as a feed",
            "Every change of an entry the caller may see (national lists, and its own jurisdiction's local lists): `listed`, `suspended`, `reinstated`, `removed`, `expired`, in cursor order, `limit` at a time (default 500, at most 5,000). Each item carries the entry's state after the change (entry id, list, hashed and masked identifier, measures, dates), so applying one twice changes nothing. Cursors only grow: a change gets its cursor after it has committed, so asking `after` the last cursor seen never misses one; `next` is the cursor to ask after next time. Start from the snapshot. Changes are kept for good: they are the history `asOf` checks answer from."),
        ["GetListSnapshot"] = new("The entries in force and their cursor",
            "Every entry in force the caller may see, and the feed's cursor for exactly that state, read in one database snapshot: follow the feed `after` that cursor to stay in step."),
        ["ExplainCheck"] = new("Explain a check answer",
            "For one identifier, the entries behind the answer with their lists, issuing authorities, legal bases and how to appeal."),

        ["RecordEvent"] = new("Record an event",
            "Scores one event under a rule of the jurisdiction: the entries it made (capped ones marked), the new score and band. Retried safely with `Idempotency-Key`."),
        ["RecordEventBatch"] = new("Record a batch of events",
            "Scores up to 10,000 events in one transaction; each item carries its `idempotencyKey`. The answer counts accepted items and duplicates and lists every refused item with its index and errors; nothing accepted is lost."),

        ["GetScoreExplanation"] = new("Explain a subject's score",
            "Every entry behind the score (rule, legal basis, recorder, evidence, appeal window and status) and the listings that concern the subject; `asOf` explains an earlier date."),
        ["GetRepairPath"] = new("A subject's path to repair",
            "For each deduction and listing in force: when it lapses, when repair may be asked, and what is needed."),
        ["GetMyScoreExplanation"] = new("Explain my own score",
            "The signed-in citizen's own score explanation; nobody else's is reachable here."),
        ["GetMyRepairPath"] = new("My own path to repair",
            "The signed-in citizen's own repair path."),
        ["RunSimulation"] = new("Simulate a rule change",
            "Replays a period of the jurisdiction's events with a drafted rule change and reports band moves and the score histogram, before anything is approved."),
        ["GetIdentificationCandidates"] = new("Candidates for a list entry",
            "Enrolled subjects that may be the person or company of an entry whose identifier did not match, with the reasons for each."),
        ["ConfirmIdentification"] = new("Confirm who a list entry is about",
            "Links an entry to the subject an official identified; recorded in the audit trail."),

        ["GetPlatformGuardrails"] = new("Read the platform's guardrails",
            "The guardrails in force for every jurisdiction (largest deduction, protected categories, caps on purchasable points) and the versions proposed."),
        ["ProposePlatformGuardrails"] = new("Propose platform guardrails",
            "Drafts a new version of the platform's guardrails; a second platform administrator approves it."),
        ["ApprovePlatformGuardrails"] = new("Approve platform guardrails",
            "Approves a proposed version (not by the person who proposed it); refused while active rules would break it, and the answer lists them."),
        ["RejectPlatformGuardrails"] = new("Reject platform guardrails",
            "Rejects a proposed version with a reason."),
        ["GetGuardrails"] = new("Read the jurisdiction's guardrails",
            "The jurisdiction's own limits on its rules, within the platform's."),
        ["SetGuardrails"] = new("Change the jurisdiction's guardrails",
            "Sets the jurisdiction's own limits on its rules; they may only be stricter than the platform's."),

        ["ReverseLedgerEntry"] = new("Reverse a ledger entry",
            "Records a reversing entry for a mistaken one (the ledger is never rewritten) and restores the score; the subject is notified."),
        ["VerifyLedger"] = new("Verify the ledger chain",
            "Recomputes the jurisdiction's ledger hash chain and says whether it is intact."),

        ["GetLists"] = new("List the authority's lists",
            "The lists the jurisdiction issues, with their kind, scope, measures and durations."),
        ["CreateList"] = new("Create a list",
            "Creates a black or red list of the jurisdiction with its measures, default duration, appeal window and repair minimum."),
        ["GetList"] = new("Read a list", "One list of the jurisdiction, with its policy."),
        ["GetListEntries"] = new("List a list's entries",
            "The entries of a list a page at a time, identifiers masked; `status` narrows to active, removed or expired ones."),
        ["AddListEntry"] = new("Add a list entry",
            "Lists a person or company with the reason, document number and dates; the measures apply to checks at once, linked entries (co-listed or restricted legal representatives) are made too, and the subject is notified."),
        ["GetListEntry"] = new("Read a list entry", "One entry with its linked entries, history and appeal state."),
        ["RemoveListEntry"] = new("Remove a list entry",
            "Removes an entry (performed, appeal upheld, repaired, error) with its linked entries; checks stop restricting at once and the subject is notified."),

        ["VerifyScoreReport"] = new("Verify a score report",
            "Says whether a printed score report is genuine and whether the subject's standing changed since it was printed."),
        ["GetPublicCatalogue"] = new("A jurisdiction's public catalogue",
            "The rules and lists a jurisdiction applies, with their legal bases, as the public may read them."),
        ["SearchPublishedListEntries"] = new("Search published list entries",
            "The entries that lists publish, searched by name and list, a page at a time; identifiers masked."),
        ["GetListCatalogue"] = new("The catalogue of lists",
            "Every published list with its issuing authority, kind and measures."),

        ["ListRuleCategories"] = new("The categories of rules",
            "The platform's vocabulary of rule categories, with their labels and which are protected or purchasable."),
        ["ListRules"] = new("List the jurisdiction's rules",
            "The rules with their versions, caps, legal basis and status; `status` narrows (draft, active, retired)."),
        ["DraftRule"] = new("Draft a rule",
            "Drafts a new rule or a new version of one; it takes effect only when another official approves it."),
        ["ApproveRule"] = new("Approve a drafted rule",
            "Approves a drafted version; the approver must be another person than the drafter, whatever credential either used, and the rule must keep the guardrails."),
        ["RejectRule"] = new("Reject a drafted rule", "Rejects a drafted version with a reason."),
        ["RetireRule"] = new("Ask to retire a rule",
            "Asks for an active rule to be retired; a second official confirms it."),
        ["ConfirmRuleRetirement"] = new("Confirm a rule's retirement",
            "A second official confirms the retirement; the rule stops scoring new events."),

        ["GetScheme"] = new("Read the scoring scheme", "The jurisdiction's base score and bands."),
        ["SetScheme"] = new("Change the scoring scheme", "Sets the jurisdiction's base score and bands."),

        ["GetScore"] = new("A subject's score",
            "The score and band now, or as they stood at `asOf`, with the scheme version that made them."),
        ["GetSubjectLedger"] = new("A subject's ledger",
            "Every entry of the subject's ledger with its rule, points, dates, legal basis, status and appeal deadline."),
        ["GetScoreTrend"] = new("A subject's score over time",
            "The score at the end of each month over the last `months` months."),

        ["EnrolSubject"] = new("Enrol a subject",
            "Enrols a person or organisation in the jurisdiction (with its legal representative and contact address if given); the identifier is stored as a keyed hash and encrypted, and answered masked. 409 when already enrolled."),
        ["LookupSubject"] = new("Find a subject by identifier",
            "Finds the enrolled subject with the identifier in the body (never in the URL); 404 when none."),
        ["GetSubject"] = new("Read a subject", "One subject, identifier masked."),
        ["ChangeSubjectContact"] = new("Change a subject's contact address",
            "Sets the e-mail address and phone number notices go to; stored encrypted, answered masked."),
        ["SuggestSubjects"] = new("Suggest subjects by name",
            "Subjects whose name matches what a gatherer typed, for the phone forms."),

        ["DisableUser"] = new("Disable a user",
            "Disables an official, reviewer or gatherer: their sign-in and every API key they issued stop working at once. The jurisdiction's own officials disable its gatherers only."),
        ["InviteUser"] = new("Invite a user",
            "Creates an official, reviewer or gatherer of the jurisdiction without a password and e-mails them a one-time link to set one; the link works once, until `invitationExpiresAt`. The platform invites anyone; the jurisdiction's officials invite gatherers only (403 otherwise). 409 when the user name is taken."),
        ["GetUsers"] = new("List users",
            "The officials, reviewers and gatherers of the jurisdiction by display name, with department, role and whether they are disabled or still invited; `search` matches name, user name or department; paged by `page` and `pageSize` (at most 100)."),
        ["SendPasswordLink"] = new("Reset a user's password",
            "E-mails the user a new one-time link to set their password; links sent before stop working. The jurisdiction's officials reset gatherers only."),
        ["ChangeUserRole"] = new("Change a user's role",
            "Gives the user the role `official`, `reviewer` or `gatherer` in place of the one they had. Only the platform changes or grants official and reviewer roles."),

        ["CreateTenant"] = new("Create a jurisdiction",
            "Creates a jurisdiction with its slug, Chinese and English names, kind and optional parent. It starts with no scoring scheme (events answer 422 `no_scheme` until its officials set one up) and no users: invite its officials next. 409 `slug_taken` when the slug is in use. Platform administrators and platform keys only."),
        ["GetTenants"] = new("List jurisdictions",
            "Every jurisdiction in tree order (each parent before its children), with its parent, ancestors (`path`, root first), children and whether it is closed; `search` matches the slug or either name."),
        ["GetTenant"] = new("Read a jurisdiction", "One jurisdiction with its parent, ancestors and children."),
        ["RenameTenant"] = new("Rename a jurisdiction", "Gives the jurisdiction new Chinese and English names; the slug stays."),
        ["MoveTenant"] = new("Move a jurisdiction",
            "Puts the jurisdiction under another parent, or at the top when `parent` is empty. 422 `hierarchy_cycle` when the new parent is the jurisdiction itself or one of its own sub-jurisdictions."),
        ["CloseTenant"] = new("Close a jurisdiction",
            "Closes the jurisdiction: new events and listings answer 422 `jurisdiction_closed`; everything it holds stays readable. Closing again keeps the first date."),

        ["CreateWebhook"] = new("Add a webhook",
            "Registers an HTTPS endpoint for list changes; deliveries are signed with the secret returned here once."),
        ["GetWebhooks"] = new("List webhooks", "The caller's webhooks, without their secrets."),
        ["DisableWebhook"] = new("Disable a webhook", "Stops deliveries to the webhook."),
        ["RotateWebhookSecret"] = new("Rotate a webhook's signing secret",
            "Gives the webhook a new signing secret: the one in the body, or a generated one shown once in the answer. For `overlapHours` (24 by default, 0 to 168) every delivery carries two `v1` signatures in `X-CreditPlatform-Signature`, under the new secret first and the old one second, so a receiver that accepts any matching `v1` keeps verifying while it switches. A rotation during an overlap ends the older secret at once."),
        ["GetWebhookDeliveries"] = new("A webhook's delivery log",
            "The webhook's latest 200 deliveries, newest first: the delivery id (the `X-CreditPlatform-Delivery` header, the same on every retry), event, attempts, when it was queued and delivered, or when it is tried next and the last error."),

        ["GetCalendar"] = new("Read the working calendar",
            "The public holidays and adjusted working days of a year, as working-day deadlines count them."),
        ["SetCalendarDay"] = new("Set a calendar day",
            "Marks a day as a public holiday or an adjusted working day (platform administrators)."),
        ["RemoveCalendarDay"] = new("Remove a calendar day",
            "Removes a day's entry, so that it counts as an ordinary weekday or weekend again (platform administrators)."),
    };

    /// <summary>Operations that take a file (text/csv body or form part <c>file</c>) read by the endpoint itself.</summary>
    public static readonly IReadOnlySet<string> FileUploads = new HashSet<string>(StringComparer.Ordinal) { "StartScreening" };

    /// <summary>Example request bodies of the main operations.</summary>
    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["EnrolSubject"] = """{"kind":"person","identifier":"110101199003074514","name":"张伟","contact":{"email":"zhang.wei@example.cn"}}""",
        ["LookupSubject"] = """{"identifier":"110101199003074514"}""",
        ["RecordEvent"] = """{"identifier":"110101199003074514","ruleCode":"TRAFFIC_RED_LIGHT","occurredAt":"2026-11-20T08:30:00+08:00","evidence":"交警支队 处罚决定书 2026-1120-0031"}""",
        ["RecordEventBatch"] = """{"events":[{"identifier":"110101199003074514","ruleCode":"VOLUNTEER_HOURS","occurredAt":"2026-11-18T09:00:00+08:00","quantity":8,"idempotencyKey":"vh-2026-11-18-0001"}]}""",
        ["AddListEntry"] = """{"identifier":"110101199003074514","kind":"person","name":"张伟","reason":"有履行能力而拒不履行生效法律文书确定的义务","documentNumber":"(2026)京0101执1234号"}""",
        ["RemoveListEntry"] = """{"reason":"performed","note":"已全部履行"}""",
        ["CheckIdentifiers"] = """{"identifiers":["110101199003074514","91110000100000000X"],"measure":"FLIGHT"}""",
        ["FileAppeal"] = """{"ledgerEntryId":"6f1c2a0e-5b1d-4c8e-9a55-0d6f8f3a2b71","reason":"当日车辆不在本人处，有租车合同为证"}""",
        ["DecideAppeal"] = """{"outcome":"upheld","reasons":"租车合同与行车记录证明违法行为非本人所为"}""",
        ["CreateApiKey"] = """{"name":"airline screening","scopes":["checks:read"]}""",
        ["CreateTenant"] = """{"slug":"lijia","nameZh":"李家村","nameEn":"Lijia Village","kind":"village","parent":"rongcheng"}""",
        ["InviteUser"] = """{"userName":"lj.official","displayName":"Li Ming 李明","role":"official","department":"Lijia Village Committee 李家村委会","email":"li.ming@lijia.example.cn"}""",
    };
}
