// Browser tests start Chromium and a host: the slow tier (`dotnet test --filter "Category!=Slow"` leaves them out).
[assembly: AssemblyTrait("Category", "Slow")]
