namespace Agrovet.Auth.Tests;

public sealed class LoginThrottlingTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while_even_for_the_right_one()
    {
        var account = TestAccount.Fake();
        using var client = ClientAt(NewAddress());
        await AuthApi.RegisterAsync(client, account);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await LogInAsync(client, account.Username, "Wrong-Password-1");
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var locked = await LogInAsync(client, account.Username, account.Password);

        var problem = await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Too many failed sign-in attempts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task The_lock_counts_the_account_not_the_spelling_of_its_name()
    {
        var account = TestAccount.Fake();
        using var client = ClientAt(NewAddress());
        await AuthApi.RegisterAsync(client, account);

        string[] spellings = [account.Username, account.Email, account.Username.ToUpperInvariant(), account.Email.ToUpperInvariant(), account.Username.ToLowerInvariant()];
        foreach (var spelling in spellings)
        {
            using var wrong = await LogInAsync(client, spelling, "Wrong-Password-1");
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var locked = await LogInAsync(client, account.Username, account.Password);
        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_lock_that_address_only()
    {
        var account = TestAccount.Fake();
        var noisyAddress = NewAddress();
        using var noisy = ClientAt(noisyAddress);
        await AuthApi.RegisterAsync(noisy, account);

        for (var i = 0; i < 20; i++)
        {
            using var wrong = await LogInAsync(noisy, $"guess_{i}_{Guid.NewGuid():N}", "Wrong-Password-1");
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fromNoisy = await LogInAsync(noisy, account.Username, account.Password);
        await fromNoisy.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(fromNoisy.Headers.RetryAfter);

        using var elsewhere = ClientAt(NewAddress());
        using var fromElsewhere = await LogInAsync(elsewhere, account.Username, account.Password);
        await fromElsewhere.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_successful_sign_in_clears_the_account_failures()
    {
        var account = TestAccount.Fake();
        using var client = ClientAt(NewAddress());
        await AuthApi.RegisterAsync(client, account);

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                using var wrong = await LogInAsync(client, account.Username, "Wrong-Password-1");
                await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            }

            using var right = await LogInAsync(client, account.Username, account.Password);
            await right.ShouldBeAsync(HttpStatusCode.OK);
        }
    }

    private HttpClient ClientAt(string address)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static int _lastAddress;

    private static string NewAddress() => $"203.0.113.{Interlocked.Increment(ref _lastAddress)}";

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync(AuthApi.Login, new { username, password }, Ct);
}
