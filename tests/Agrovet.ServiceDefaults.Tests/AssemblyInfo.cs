[assembly: AssemblyFixture(typeof(Agrovet.Testing.TestInfrastructureAssemblyFixture))]
