using System.Text.Json.Serialization;
using Agrovet.Auth.Account;
using Agrovet.Auth.Admin;
using Agrovet.Auth.Audit;
using Agrovet.Auth.Keys;
using Agrovet.Auth.PasswordReset;
using Agrovet.Auth.Registration;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Auth;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RegisterRequest))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(LogoutRequest))]
[JsonSerializable(typeof(RefreshRequest))]
[JsonSerializable(typeof(VerifyRequest))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(DeleteAccountRequest))]
[JsonSerializable(typeof(ForgotPasswordRequest))]
[JsonSerializable(typeof(ForgotPasswordResponse))]
[JsonSerializable(typeof(ResetPasswordRequest))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(TokenPairResponse))]
[JsonSerializable(typeof(VerifyResponse))]
[JsonSerializable(typeof(SocketTicketResponse))]
[JsonSerializable(typeof(AdminUserResponse))]
[JsonSerializable(typeof(PagedResponse<AdminUserResponse>))]
[JsonSerializable(typeof(AuditEntryResponse))]
[JsonSerializable(typeof(PagedResponse<AuditEntryResponse>))]
[JsonSerializable(typeof(JwksResponse))]
[JsonSerializable(typeof(PublicJwk))]
public sealed partial class AuthJsonContext : JsonSerializerContext;
