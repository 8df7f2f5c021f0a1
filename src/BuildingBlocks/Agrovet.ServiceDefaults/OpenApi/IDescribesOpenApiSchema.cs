using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// A JSON converter that writes or reads a value in a shape of its own (money as a decimal string, say) describes that
/// shape here; the generator cannot see through a custom converter and would leave the field without a type.
/// </summary>
public interface IDescribesOpenApiSchema
{
    void Describe(OpenApiSchema schema, bool nullable);
}
