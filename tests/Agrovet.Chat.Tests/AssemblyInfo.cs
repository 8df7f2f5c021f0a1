using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
[assembly: AssemblyFixture(typeof(AuthServerFixture))]
