namespace Agrovet.Security.Tests.Platform;

/// <summary>Every test class of this project shares one <see cref="SecurityPlatform"/>: starting the whole platform takes a while.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<SecurityPlatform>
{
    public const string Name = "platform";
}
