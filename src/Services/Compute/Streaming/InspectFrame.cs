using Agrovet.Compute.Inspect;

namespace Agrovet.Compute.Streaming;

/// <summary>The answer to an inspect message: the values under the pixel.</summary>
public sealed record InspectFrame(string Type, long? Id, InspectResponse Result);
