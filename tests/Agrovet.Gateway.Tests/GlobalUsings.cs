global using Agrovet.Testing;
global using static Agrovet.Testing.TestCancellation;
