using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
