using Agrovet.Media.Tests;
using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
[assembly: AssemblyFixture(typeof(Agrovet.Media.Tests.AuthServerFixture))]
