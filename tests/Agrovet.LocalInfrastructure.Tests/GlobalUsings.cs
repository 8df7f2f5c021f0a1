global using Agrovet.Testing;
