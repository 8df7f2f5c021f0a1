using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]
[assembly: AssemblyFixture(typeof(EchoUpstreams))]
