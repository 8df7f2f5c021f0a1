using Agrovet.Compute.Service.Tests.Support;
using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
[assembly: AssemblyFixture(typeof(AuthServerFixture))]
[assembly: AssemblyFixture(typeof(SampleDatasets))]
