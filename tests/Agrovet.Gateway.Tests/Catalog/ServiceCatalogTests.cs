using System.Text.RegularExpressions;
using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Agrovet.Gateway.Tests.Catalog;

public sealed class ServiceCatalogTests
{
    private static IEnumerable<ServiceRoute> AllRoutes => ServiceCatalog.All.SelectMany(s => s.Routes);

    [Fact]
    public void Every_service_is_listed_once_with_a_port_and_URL_variable_of_its_own()
    {
        Assert.Equal(
            ["auth", "media", "profiles", "marketplace", "chat", "forum", "compute", "gateway"],
            ServiceCatalog.All.Select(s => s.Name));
        AssertUnique(ServiceCatalog.All.Select(s => s.DefaultPort));
        AssertUnique(ServiceCatalog.All.Select(s => s.DefaultPort + ServiceCatalog.ManagementPortOffset).Concat(ServiceCatalog.All.Select(s => s.DefaultPort)));
        AssertUnique(ServiceCatalog.All.Select(s => s.UrlVariable));
        AssertUnique(ServiceCatalog.All.Select(s => s.PortVariable));
        AssertUnique(ServiceCatalog.All.Select(s => s.ProjectDirectory));
        AssertUnique(ServiceCatalog.All.Where(s => s.HasDatabase).Select(s => s.Database));
    }

    [Fact]
    public void Every_image_starts_its_service_with_the_runtime_settings_the_launcher_gives_it()
    {
        var withSettings = ServiceCatalog.All.Where(s => s.RuntimeEnvironment.Count > 0).ToList();
        Assert.Contains(withSettings, s => s.Name == "media");
        foreach (var service in withSettings)
        {
            var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, service.ProjectDirectory, "Dockerfile"));
            foreach (var (name, value) in service.RuntimeEnvironment)
            {
                Assert.Matches($@"(?m)^(ENV)?\s+{Regex.Escape(name)}={Regex.Escape(value)}(\s|$)", dockerfile);
            }
        }
    }

    [Fact]
    public void The_gateway_starts_last_and_routes_nothing_to_itself()
    {
        Assert.Equal(ServiceCatalog.Gateway, ServiceCatalog.All[^1]);
        Assert.Empty(ServiceCatalog.Gateway.Routes);
        Assert.DoesNotContain(ServiceCatalog.Gateway, ServiceCatalog.Upstreams);
    }

    [Theory]
    [InlineData("auth", 8101, "auth_db", "/api/auth/")]
    [InlineData("media", 8102, "media_db", "/api/media/")]
    [InlineData("profiles", 8103, "profiles_db", "/api/profiles/")]
    [InlineData("marketplace", 8104, "marketplace_db", "/api/adds/ /api/orders/ /api/regions/")]
    [InlineData("chat", 8105, "chat_db", "/api/chat/ /ws/chat/")]
    [InlineData("forum", 8106, "foro_db", "/api/foro/")]
    [InlineData("compute", 8107, null, "/compute/ /ws/compute")]
    public void The_contract_ports_databases_and_prefixes_are_kept_exactly(string name, int port, string? database, string prefixes)
    {
        var service = ServiceCatalog.Get(name);

        Assert.Equal(port, service.DefaultPort);
        Assert.Equal(database, service.Database);
        Assert.Equal(prefixes.Split(' '), service.Routes.Select(r => r.Prefix));
        Assert.Equal($"{name.ToUpperInvariant()}_INTERNAL_URL", service.UrlVariable);
    }

    [Fact]
    public void Every_prefix_belongs_to_one_service_and_no_prefix_hides_another()
    {
        var routes = AllRoutes.ToList();
        AssertUnique(routes.Select(r => r.Prefix));
        AssertUnique(routes.Select(r => r.Id));
        foreach (var route in routes)
        {
            Assert.StartsWith("/", route.Prefix, StringComparison.Ordinal);
            Assert.DoesNotContain(routes, other => other != route && other.Prefix.StartsWith(route.Prefix.TrimEnd('/') + "/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Only_chat_and_compute_take_WebSockets_and_only_media_takes_large_bodies()
    {
        Assert.Equal(["/ws/chat/", "/ws/compute"], AllRoutes.Where(r => r.WebSocket).Select(r => r.Prefix));
        var large = Assert.Single(AllRoutes, r => r.MaxRequestBodySize is not null);
        Assert.Equal("/api/media/", large.Prefix);
        Assert.True(large.MaxRequestBodySize >= 100 * 1024 * 1024);
    }

    [Fact]
    public void Only_chat_places_by_an_instance_key_and_each_key_lies_below_its_route_s_prefix()
    {
        var keyed = AllRoutes.Where(r => r.InstanceKeyPattern is not null).ToList();

        Assert.Equal(["/api/chat/rooms/", "/ws/chat/"], keyed.Select(r => r.InstanceKeyPath));
        Assert.All(keyed, r =>
        {
            Assert.StartsWith(r.Prefix, r.InstanceKeyPattern, StringComparison.Ordinal);
            Assert.EndsWith(ServiceRoute.InstanceKey + "/", r.InstanceKeyPattern, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_service_without_a_database_has_no_role_and_nothing_to_migrate()
    {
        var compute = ServiceCatalog.Get("compute");

        Assert.False(compute.HasDatabase);
        Assert.Null(compute.DatabaseRole);
        Assert.Empty(compute.SetupCommands);
        Assert.All(ServiceCatalog.All.Where(s => s.HasDatabase), s => Assert.Equal("migrate", s.SetupCommands[0]));
        Assert.Equal(["migrate", "ensure-admin"], ServiceCatalog.Get("auth").SetupCommands);
    }

    [Fact]
    public void Every_assembly_name_gives_back_its_service_name()
    {
        Assert.All(ServiceCatalog.All, service =>
            Assert.Equal(service.Name, ServiceIdentity.NameOf(new HostingEnvironment { ApplicationName = service.AssemblyName })));
    }

    [Fact]
    public void Every_service_project_of_the_repository_has_its_entry_and_every_entry_names_its_project_or_one_not_written_yet()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Services"), "*.csproj", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoPaths.Root, "src", "Gateway", "Agrovet.Gateway.csproj"))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // A service is a web host; libraries beside it (the compute engine and its tool) are not catalog entries.
            .Where(p => File.ReadAllText(p).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order()
            .ToList();
        var entries = ServiceCatalog.All.Select(s => $"{s.ProjectDirectory}/{s.AssemblyName}.csproj").ToList();

        Assert.All(projects, project => Assert.Contains(project, entries));
        Assert.All(ServiceCatalog.All, service => Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, service.ProjectDirectory, service.AssemblyName + ".csproj"))
                || !Directory.Exists(Path.Combine(RepoPaths.Root, service.ProjectDirectory))
                || !Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, service.ProjectDirectory), "*.csproj").Any(),
            $"{service.ProjectDirectory} exists but has no {service.AssemblyName}.csproj"));
    }

    [Fact]
    public void Internal_URLs_follow_their_variable_and_default_to_loopback_at_the_catalog_port()
    {
        var urls = new InternalServiceUrls(Configuration(("MEDIA_INTERNAL_URL", "http://media:8080/")));

        Assert.Equal(new Uri("http://media:8080"), urls.Media);
        Assert.Equal(new Uri("http://127.0.0.1:8101"), urls.Auth);
        Assert.Equal(new Uri("http://127.0.0.1:8080"), urls.Gateway);
        Assert.All(ServiceCatalog.All, s => Assert.Equal(s.Name == "media" ? new Uri("http://media:8080") : s.DefaultUrl, urls[s.Name]));
    }

    [Fact]
    public void The_platform_runs_the_services_whose_URL_is_set_or_all_of_them_when_none_is()
    {
        var some = new InternalServiceUrls(Configuration(("AUTH_INTERNAL_URL", "http://127.0.0.1:1"), ("FORUM_INTERNAL_URL", "http://127.0.0.1:2"), ("GATEWAY_INTERNAL_URL", "http://127.0.0.1:3")));
        var none = new InternalServiceUrls(Configuration());

        Assert.Equal(["auth", "forum"], some.DeployedUpstreams().Select(s => s.Name));
        Assert.True(some.IsConfigured("forum"));
        Assert.False(some.IsConfigured("chat"));
        Assert.Equal(ServiceCatalog.Upstreams.Select(s => s.Name), none.DeployedUpstreams().Select(s => s.Name));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static void AssertUnique<T>(IEnumerable<T> values)
    {
        var list = values.ToList();
        var repeated = list.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"Repeated: {string.Join(", ", repeated)}");
    }
}
