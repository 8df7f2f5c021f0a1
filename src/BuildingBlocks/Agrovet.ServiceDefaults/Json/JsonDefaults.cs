using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// The platform's JSON shape: snake_case names, enums as snake_case strings, source-generated contracts first, and
/// strings checked as they are read (no NUL, valid Unicode; see <see cref="CheckedStringJsonConverter"/>).
/// </summary>
public static class JsonDefaults
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new CheckedStringJsonConverter());
        options.TypeInfoResolverChain.Insert(0, ServiceDefaultsJsonContext.Default);
    }

    /// <summary>Puts a service's source-generated <see cref="JsonSerializerContext"/> in front of reflection.</summary>
    public static IServiceCollection AddJsonContext(this IServiceCollection services, IJsonTypeInfoResolver context)
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, context));
        return services;
    }
}
