using Agrovet.Compute.Tool;

var verb = args.Length > 0 ? args[0] : "help";
var arguments = new Arguments(args.Skip(1));
return verb switch
{
    "datasets" => DatasetsVerb.Run(arguments),
    "render" => RenderVerb.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Agrovet.Compute.Tool datasets [--size 1m|10m|100m] [--dir DIR] [--only NAME] [--seed N]
               Agrovet.Compute.Tool render --dataset NAME [--dir DIR] [--out FILE.png] [key=value ...]
        """);
    return 2;
}
