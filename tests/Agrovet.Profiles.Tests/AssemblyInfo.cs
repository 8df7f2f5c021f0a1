using Agrovet.Profiles.Tests;
using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
[assembly: AssemblyFixture(typeof(PlatformServices))]
