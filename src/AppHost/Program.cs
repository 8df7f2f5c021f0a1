using Agrovet.AppHost;

return await Launcher.RunAsync(args);
