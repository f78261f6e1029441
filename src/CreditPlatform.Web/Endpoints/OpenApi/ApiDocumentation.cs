using System.Text.Json.Nodes;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CreditPlatform.Web.Endpoints.OpenApi;

/// <summary>
/// The OpenAPI document integrators build on (<c>/swagger/v1/swagger.json</c>): servers, the API-key and
/// sign-in schemes, every route parameter, the problem responses an operation can give, and the texts of
/// <see cref="ApiReference"/>. Swagger UI is served in Development or when <c>OpenApi:SwaggerUi</c> is true.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentPath = "/swagger/v1/swagger.json";
    public const string ApiKeyScheme = "ApiKey";
    public const string CookieScheme = "SignInCookie";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CreditPlatform API",
                Version = "v1",
                Description = ApiReference.Introduction,
                License = new OpenApiLicense { Name = "Proprietary: terms of use agreed with each integrating authority" },
                Contact = new OpenApiContact { Name = "Platform operations" },
            });
            o.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "A key issued by the platform or by a jurisdiction's official; it carries scopes (see each operation).",
            });
            o.AddSecurityDefinition(CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "cp.auth",
                Description = "The web sign-in of officials and citizens; citizen endpoints (/me/...) work with it.",
            });
            o.OperationFilter<OperationDocumentation>();
            o.SchemaFilter<ValidationProblemCodes>();
            o.DocumentFilter<TagDocumentation>();
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger(o => o.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}", Description = "This deployment" }]));
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("OpenApi:SwaggerUi"))
        {
            app.UseSwaggerUI(o => o.SwaggerEndpoint(DocumentPath, "CreditPlatform v1"));
        }

        return app;
    }

    /// <summary>Texts, parameters, security and problem responses of one operation.</summary>
    private sealed class OperationDocumentation : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var api = context.ApiDescription;
            var name = operation.OperationId ?? "";
            if (ApiReference.Operations.TryGetValue(name, out var text))
            {
                operation.Summary = text.Summary;
                operation.Description = text.Description;
            }

            DeclareRouteParameters(operation, api.RelativePath ?? "");
            var metadata = api.ActionDescriptor.EndpointMetadata;
            var scopes = metadata.OfType<IAuthorizeData>()
                .Select(a => a.Policy)
                .Select(p => ScopeOf(p))
                .OfType<string>()
                .Distinct()
                .ToList();
            var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
            if (anonymous)
            {
                operation.Security = [];
            }
            else
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                ];
                if (scopes.Count > 0)
                {
                    operation.Description = $"{operation.Description}\n\nRequires the scope {string.Join(" or ", scopes.Select(s => $"`{s}`"))}.".TrimStart('\n');
                }
            }

            if (ApiReference.Examples.TryGetValue(name, out var example)
                && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true
                && media is OpenApiMediaType concrete)
            {
                concrete.Example = JsonNode.Parse(example);
            }

            if (ApiReference.FileUploads.Contains(name) && operation.RequestBody is null)
            {
                operation.RequestBody = FileUpload();
            }

            AddProblems(operation, context, api.HttpMethod ?? "GET", anonymous);
        }

        /// <summary>The scope a policy requires ("scope:…" or, for oversight from above, "oversight:…"), or null.</summary>
        private static string? ScopeOf(string? policy) =>
            policy is null ? null
            : policy.StartsWith(AccessPolicies.ForScope(""), StringComparison.Ordinal) ? policy[AccessPolicies.ForScope("").Length..]
            : policy.StartsWith(AccessPolicies.ForOversight(""), StringComparison.Ordinal) ? policy[AccessPolicies.ForOversight("").Length..]
            : null;

        /// <summary>
        /// A file sent as the body (text/csv) or as the form part <c>file</c>. The endpoint reads the body itself, after
        /// authentication, so it declares no body of its own (a declared content type would refuse others before the
        /// key is checked).
        /// </summary>
        private static OpenApiRequestBody FileUpload() => new()
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };

        private static void DeclareRouteParameters(OpenApiOperation operation, string path)
        {
            operation.Parameters ??= [];
            foreach (var segment in path.Split('/'))
            {
                if (segment.Length < 3 || segment[0] != '{' || segment[^1] != '}')
                {
                    continue;
                }

                var parameter = segment[1..^1].Split(':')[0].TrimEnd('?');
                if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == parameter))
                {
                    continue;
                }

                operation.Parameters.Insert(0, new OpenApiParameter
                {
                    Name = parameter,
                    In = ParameterLocation.Path,
                    Required = true,
                    Description = ApiReference.RouteParameters.GetValueOrDefault(parameter),
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            foreach (var p in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path && p.Description is null))
            {
                p.Description = ApiReference.RouteParameters.GetValueOrDefault(p.Name ?? "");
            }
        }

        private static void AddProblems(OpenApiOperation operation, OperationFilterContext context, string method, bool anonymous)
        {
            var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            var validation = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
            var writes = method is "POST" or "PUT" or "DELETE" or "PATCH";
            var hasPathParameters = (context.ApiDescription.RelativePath ?? "").Contains('{');
            operation.Responses ??= [];

            void Add(int status, string description, IOpenApiSchema problemSchema)
            {
                var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (operation.Responses.ContainsKey(key))
                {
                    return;
                }

                operation.Responses[key] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, IOpenApiMediaType>
                    {
                        ["application/problem+json"] = new OpenApiMediaType { Schema = problemSchema },
                    },
                };
            }

            Add(400, "The request is malformed or a field is invalid; `errors` names each field, `codes` each field's failure codes.", validation);
            if (!anonymous)
            {
                Add(401, "No valid API key or sign-in.", schema);
                Add(403, "The credential lacks the scope, or reaches another jurisdiction.", schema);
            }

            if (hasPathParameters)
            {
                Add(404, "The jurisdiction or the resource named in the path does not exist, or is not visible to the caller.", schema);
            }

            if (writes)
            {
                Add(409, "The request conflicts with the current state (already enrolled, already decided, ...); `code` says which.", schema);
                Add(413, "The request body exceeds the endpoint's size limit.", schema);
                Add(422, "The request breaks a rule of the platform (four eyes, appeal window, guardrails, idempotency key reused, ...); `code` says which.", schema);
            }

            Add(429, "Too many requests from this caller; retry after the `Retry-After` header's seconds.", schema);
            Add(503, "The database or the check index is briefly unavailable; retry after the `Retry-After` header's seconds.", schema);
        }
    }

    /// <summary>The 400's <c>codes</c>: each field's failure codes beside <c>errors</c>' messages.</summary>
    private sealed class ValidationProblemCodes : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (context.Type != typeof(HttpValidationProblemDetails) || schema is not OpenApiSchema target)
            {
                return;
            }

            target.Properties ??= new Dictionary<string, IOpenApiSchema>();
            target.Properties["codes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Each invalid field's failure codes, stable for programs to branch on: a code of the platform "
                    + "(e.g. `identity_number_check_digit`), or for a generic check the validator's name (e.g. `NotEmptyValidator`, `MaximumLengthValidator`).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
    }

    private sealed class TagDocumentation : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            var used = document.Paths.Values
                .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                .Select(t => t.Name)
                .Where(t => t is not null)
                .Distinct()
                .Order(StringComparer.Ordinal);
            document.Tags = new HashSet<OpenApiTag>(used.Select(t => new OpenApiTag
            {
                Name = t,
                Description = ApiReference.Tags.GetValueOrDefault(t!),
            }));
        }
    }
}
