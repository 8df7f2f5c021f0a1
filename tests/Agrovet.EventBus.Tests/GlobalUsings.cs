global using Agrovet.EventBus.Tests.Support;
global using Agrovet.Testing;
