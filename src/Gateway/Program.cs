using Agrovet.Gateway;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGateway();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
