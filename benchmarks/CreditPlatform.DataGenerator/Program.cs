using CreditPlatform.DataGenerator;

// Needs the app's settings in the environment (ConnectionStrings__Default as the database owner, Identifiers__*, Demo__ApiKey):
//   generate [--small] [--tenants 10] [--subjects 1000000] [--entries 10000000] [--list-entries 1000000]
//   ingest --url http://127.0.0.1:5000 [--events 200000] [--batch 10000] [--parallel 2] (same --tenants/--subjects as generate)
//   recompute                      every jurisdiction's scores from its ledger, set-based
//   sizes                          rows and bytes per row of the growing tables
var options = new Options(args.Skip(1));
return args.FirstOrDefault() switch
{
    "generate" => await Generator.RunAsync(options),
    "ingest" => await Ingestion.RunAsync(options),
    "recompute" => await Recompute.RunAsync(),
    "sizes" => await Sizes.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CreditPlatform.DataGenerator generate|ingest|recompute|sizes [options]; see Program.cs");
    return 2;
}
