global using Agrovet.EventBus.Tests.Support;
global using Agrovet.Testing;
global using static Agrovet.Testing.TestCancellation;
