using Agrovet.Auth.Data;
using Agrovet.Auth.Registration;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Users;
using Agrovet.EventBus.Audit;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Admin;

/// <summary>
/// <c>dotnet Agrovet.Auth.dll ensure-admin</c>: creates the administrator, or brings an existing one back to
/// role admin, active, the configured email and password. Creation and role, status or email changes are audited
/// with the actor "ensure-admin" (id 0).
/// </summary>
public sealed class EnsureAdminCommand : IServiceCommand
{
    public const string UsernameVariable = "AGROVET_ADMIN_USERNAME";
    public const string PasswordVariable = "AGROVET_ADMIN_PASSWORD";
    public const string DefaultUsername = "admin";
    public const string Email = "admin@agrovet.local";

    // What this command changes is in the audit log under its own name.
    private static readonly AuditActor Operator = AuditActor.Command("ensure-admin");

    public string Name => "ensure-admin";

    public string Description => $"create or update the admin user from {UsernameVariable} (default '{DefaultUsername}') and {PasswordVariable}";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var password = configuration[PasswordVariable];
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync($"ensure-admin: set {PasswordVariable} to the admin's password (and optionally {UsernameVariable}, default '{DefaultUsername}').");
            return 1;
        }

        var username = configuration[UsernameVariable] is { Length: > 0 } configured ? configured.Trim() : DefaultUsername;
        var errors = new ValidationErrors();
        UsernameRule.Validate(UsernameVariable, username, errors);
        // The same rules as any account's: the most powerful one gets no exemption.
        PasswordRules.Validate(PasswordVariable, password, username, Email, errors);
        if (!errors.IsEmpty)
        {
            return await FailAsync(errors);
        }

        var db = services.GetRequiredService<AuthDbContext>();
        var changes = services.GetRequiredService<UserChanges>();
        var passwords = services.GetRequiredService<Passwords>();
        var normalized = User.Normalize(username);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        UserChangeOutcome outcome;
        if (user is null)
        {
            user = User.Create(username, Email, Roles.Admin, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            user.PasswordHash = passwords.Hash(password);
            outcome = await changes.CreateAsync(user, Operator, cancellationToken);
        }
        else
        {
            user.Role = Roles.Admin;
            user.IsActive = true;
            if (user.Email != Email)
            {
                user.ChangeEmail(Email);
            }

            if (passwords.Verify(user, password) != PasswordVerificationResult.Success)
            {
                user.PasswordHash = passwords.Hash(password);
            }

            outcome = await changes.UpdateAsync(user, Operator, cancellationToken);
        }

        switch (outcome)
        {
            case UserChangeOutcome.Taken taken:
                return await FailAsync(taken.Errors);
            case UserChangeOutcome.Gone:
                return await FailAsync(new ValidationErrors());
        }

        Console.WriteLine($"Admin user '{user.Username}' (id {user.Id}) is ready.");
        return 0;
    }

    private static async Task<int> FailAsync(ValidationErrors errors)
    {
        if (errors.IsEmpty)
        {
            await Console.Error.WriteLineAsync("ensure-admin: the admin user was deleted while being updated; run it again.");
        }

        foreach (var (field, messages) in errors.ToDictionary())
        {
            await Console.Error.WriteLineAsync($"ensure-admin: {field}: {string.Join(" ", messages)}");
        }

        if (errors.ToDictionary().ContainsKey(PasswordVariable))
        {
            await Console.Error.WriteLineAsync(
                $"ensure-admin: choose another {PasswordVariable} (at least {PasswordRules.MinLength} characters, not like the username or email, not a common one), or leave it unset and ./agrovet up generates one.");
        }

        return 1;
    }
}
