using System.Globalization;
using System.Text;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Subjects;
using Mediator;

namespace CreditPlatform.Application.Portal.GetMyData;

using CreditPlatform.Application.Appeals.GetAppeals;
using CreditPlatform.Application.Appeals.GetNotifications;
using CreditPlatform.Application.Lists.GetSubjectListEntries;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Application.Subjects.GetSubject;

/// <summary>Everything the platform holds about the signed-in citizen in this jurisdiction.</summary>
public sealed record MyData(
    SubjectDto Subject,
    IReadOnlyList<LedgerEntryDto> Ledger,
    IReadOnlyList<SubjectListingDto> Listings,
    IReadOnlyList<AppealDto> Appeals,
    IReadOnlyList<NotificationDto> Notices,
    DateTimeOffset ExportedAt);

/// <summary>The signed-in citizen's own data, for download; the subject comes from the sign-in, never from the request.</summary>
public sealed record GetMyData(string Language) : IRequest<MyData>;

public sealed class GetMyDataHandler(ISender sender, ICurrentActor actor, TimeProvider clock) : IRequestHandler<GetMyData, MyData>
{
    public async ValueTask<MyData> Handle(GetMyData request, CancellationToken cancellationToken)
    {
        var subject = actor.SubjectId ?? throw new ForbiddenException("Only a signed-in citizen has data of their own.");
        return new MyData(
            await sender.Send(new GetSubject(subject), cancellationToken),
            await sender.Send(new GetSubjectLedger(subject, request.Language), cancellationToken),
            await sender.Send(new GetSubjectListEntries(subject), cancellationToken),
            await sender.Send(new GetAppeals(OpenOnly: false), cancellationToken),
            await sender.Send(new GetNotifications(subject), cancellationToken),
            clock.GetUtcNow());
    }
}

/// <summary>The same data as one CSV table: a row per record, the section it belongs to first.</summary>
public static class MyDataCsv
{
    public static string Write(MyData data)
    {
        var csv = new StringBuilder();
        Row(csv, "section", "id", "date", "kind", "points", "status", "text");
        var s = data.Subject;
        Row(csv, "subject", s.Id.ToString(), "", s.Kind, "", s.MaskedIdentifier, s.Name);
        foreach (var e in data.Ledger)
        {
            Row(csv, "ledger", e.Id.ToString(), Day(e.OccurredAt), e.RuleCode, e.Points.ToString(CultureInfo.InvariantCulture), e.Status, e.Title);
        }

        foreach (var l in data.Listings)
        {
            Row(csv, "listing", l.Entry.Id.ToString(), Day(l.Entry.ListedAt), l.ListCode, "", l.Entry.Status, l.Entry.Reason);
        }

        foreach (var a in data.Appeals)
        {
            Row(csv, "appeal", a.Id.ToString(), Day(a.FiledAt), a.Target, "", a.Status, a.Reason);
        }

        foreach (var n in data.Notices)
        {
            Row(csv, "notice", n.Id.ToString(), Day(n.CreatedAt), n.Kind, "", "", n.TextZh + " / " + n.TextEn);
        }

        return csv.ToString();
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a cell as a formula.</summary>
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
