using Agrovet.Faults.Tests;

// One platform for the whole suite, and one fault at a time: each test breaks a part of it (a server, a process, a
// disk) and puts it back before the next.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyFixture(typeof(FaultPlatform))]
