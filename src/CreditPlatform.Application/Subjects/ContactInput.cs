using CreditPlatform.Domain.Subjects;
using FluentValidation;

namespace CreditPlatform.Application.Subjects;

/// <summary>An e-mail address and a mobile number where notices go besides the inbox; either may be absent.</summary>
public sealed record ContactInput(string? Email, string? Phone);
