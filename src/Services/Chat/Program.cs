using Agrovet.Chat;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddChatService();
var app = builder.Build();
app.MapChat();
app.MapDefaultEndpoints();
return await app.RunWithCommandsAsync(args);

public sealed partial class Program;
