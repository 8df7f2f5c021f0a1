namespace Agrovet.Profiles.Profiles;

/// <summary>A kind of profile: its URL segment, its stored name, the role that may hold one, and its own fields.</summary>
public sealed record ProfileKind(string Path, string Name, string Role, string Plural, IReadOnlyList<string> OwnFields)
{
    /// <summary>The kind's profiles as people call them, in the request's language ("productores", "producers").</summary>
    public string PluralForPeople => Name switch
    {
        "specialist" => Messages.KindSpecialists,
        "businessman" => Messages.KindBusinessmen,
        _ => Messages.KindConsumers,
    };

    /// <summary>The role as people call it, in the request's language (Productor, Especialista, Empresa/Vendedor).</summary>
    public string RoleForPeople => Name switch
    {
        "specialist" => Messages.RoleSpecialist,
        "businessman" => Messages.RoleBusinessman,
        _ => Messages.RoleConsumer,
    };
}
