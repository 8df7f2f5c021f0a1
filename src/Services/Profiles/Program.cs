using Agrovet.Profiles;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddProfilesService();
var app = builder.Build();
app.MapProfiles();
app.MapDefaultEndpoints();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
