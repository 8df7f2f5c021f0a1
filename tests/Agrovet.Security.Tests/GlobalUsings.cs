global using static Agrovet.Testing.TestCancellation;
