namespace Agrovet.Testing;

/// <summary>Where an <see cref="OpenApiProbe"/> puts its hostile value.</summary>
public enum ProbeLocation
{
    Body,
    Query,
    Header,
}
