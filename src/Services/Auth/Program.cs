using Agrovet.Auth;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAuthService();
var app = builder.Build();
app.MapAuth();
app.MapDefaultEndpoints();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
