namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// An aggregate's pixels as the shader reads them: whether a pixel is empty (count 0, or NaN) and its value as a
/// double. Implemented by structs so that each shading pass is compiled for counts and for values separately.
/// </summary>
internal interface IShadingSource
{
    bool IsEmpty(int pixel);

    double Value(int pixel);
}
