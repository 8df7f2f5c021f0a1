// One platform at a time: each test starts a whole platform (a machine's worth of processes), and a test that checks
// that stopping leaves no process behind must not see another test's platform running.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
