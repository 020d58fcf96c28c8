using Probity.Web;

// `dotnet run --project src/Probity.Web` (the usual way in is `./probity serve`, which builds the same app).
var app = WebApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
