using System.Globalization;
using CreditPlatform.Application.Checks;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Explanations.ExplainCheck;

using CreditPlatform.Application.Checks.CheckIdentifiers;

/// <summary>A check answer in words: each list entry and measure that restricts (or rewards) the identifier, and why.</summary>
public sealed record ExplainCheck(string? Identifier, string? Measure, string? Tenant) : IRequest<CheckExplanation>;

public sealed record CheckExplanation(CheckResult Result, IReadOnlyList<CheckSentence> Sentences);

public sealed record CheckSentence(string? List, string? Measure, string Zh, string En);

public sealed class ExplainCheckHandler(ISender sender) : IRequestHandler<ExplainCheck, CheckExplanation>
{
    public async ValueTask<CheckExplanation> Handle(ExplainCheck request, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(new CheckIdentifiers([request.Identifier], request.Measure, request.Tenant), cancellationToken);
        var result = answer.Results[0];
        var sentences = new List<CheckSentence>();
        if (result.Error is not null)
        {
            sentences.Add(new CheckSentence(null, null, "该证件号码无效，无法查询。", "This identifier is not valid, so nothing can be checked."));
            return new CheckExplanation(result, sentences);
        }

        if (result.Entries.Count == 0)
        {
            sentences.Add(new CheckSentence(null, null, "未在任何名单中找到，不受限制。", "Not on any list: nothing restricts it."));
        }

        foreach (var entry in result.Entries)
        {
            var measures = string.Join(", ", entry.Measures);
            var black = entry.Kind == "black";
            var role = entry.Role is null ? "" : entry.Role == "restricted" ? "（作为法定代表人受限）" : "（作为法定代表人同时列入）";
            var roleEn = entry.Role is null ? "" : entry.Role == "restricted" ? " (restricted as legal representative)" : " (co-listed as legal representative)";
            sentences.Add(new CheckSentence(
                entry.List,
                null,
                $"{Day(entry.ListedAt)} 由{entry.Authority}列入{(black ? "黑名单" : "红名单")}「{entry.List}」{role}，至 {Day(entry.ExpiresAt)} 止；{(black ? "限制" : "奖励")}：{measures}。",
                $"Listed on {(black ? "black" : "red")} list \"{entry.List}\" by {entry.Authority} on {Day(entry.ListedAt)}{roleEn}, until {Day(entry.ExpiresAt)}; {(black ? "restricts" : "rewards")}: {measures}."));
        }

        if (request.Measure is { Length: > 0 } asked)
        {
            var applies = result.Measures.Contains(asked.Trim(), StringComparer.OrdinalIgnoreCase);
            sentences.Add(new CheckSentence(null, asked.Trim(),
                applies ? $"措施 {asked.Trim()} 适用：受限。" : $"措施 {asked.Trim()} 不适用：不受限。",
                applies ? $"Measure {asked.Trim()} applies: restricted." : $"Measure {asked.Trim()} does not apply: not restricted."));
        }

        return new CheckExplanation(result, sentences);
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
