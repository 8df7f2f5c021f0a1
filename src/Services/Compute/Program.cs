using Agrovet.Compute;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddComputeService();
var app = builder.Build();
app.MapCompute();
app.MapDefaultEndpoints();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
