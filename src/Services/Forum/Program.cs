using Agrovet.Forum;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddForumService();
var app = builder.Build();
app.MapForum();
app.MapDefaultEndpoints();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
