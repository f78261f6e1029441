// The baseline of benchmarks/run-checks.sh: Kestrel and a minimal-API POST that answers a small
// JSON document, with no authentication, logging or work. The check API is measured against it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/api/v1/checks", () => Results.Text("""{"results":[]}""", "application/json"));
await app.RunAsync();
