using System.IO.Pipelines;

namespace Agrovet.ServiceDefaults.Kestrel;

internal sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
{
    public PipeReader Input => input;

    public PipeWriter Output => output;
}
