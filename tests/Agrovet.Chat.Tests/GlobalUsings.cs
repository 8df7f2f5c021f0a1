global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Agrovet.Chat.Tests.Support;
global using Agrovet.Testing;
global using Xunit;
global using static Agrovet.Testing.TestCancellation;
