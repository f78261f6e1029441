using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Scores.GetScoreTrend;

public sealed class GetScoreTrendValidator : AbstractValidator<GetScoreTrend>
{
    public GetScoreTrendValidator() => RuleFor(x => x.Months).InclusiveBetween(1, GetScoreTrend.MaxMonths);
}
