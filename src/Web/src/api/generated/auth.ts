// Generated from docs/openapi/auth.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/auth/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys access tokens are signed with (current and recently replaced)
         * @description Anyone may call it; changes nothing. A JSON Web Key Set of ES256 keys: every service checks access tokens locally against it and fetches it again when a token names a key id it does not know.
         */
        get: operations["GetJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The append-only log of administrators' changes, across all services
         * @description Administrators; changes nothing. Every change an administrator makes in any service (users here; ads, orders, files and profiles elsewhere) arrives as an audit.recorded event and is kept here for good: the table refuses updates and deletes. Filters: ?object_type= (user, ad, order, media, profile), ?object_id=, ?actor= (the administrator's user id), ?action= (e.g. update, activate, deactivate, delete). ?ordering=-created_at (default, newest first) or created_at. Paginated with ?page= and ?page_size= (at most 100); count is exact. Each entry: {id, actor: {id, username}, actor_username, action, object_type, object_id, object_repr, changes: {field: [old, new]}, created_at}. Entries appear shortly after the change, once its event is consumed.
         */
        get: operations["ListAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username (or email) and password
         * @description Anyone may call it. Answers an access token (short-lived, sent as Authorization: Bearer) and a refresh token (for POST /api/auth/token/refresh/), with the user, and records the sign-in time. Wrong credentials or a deactivated account answer 401; repeated failures for one account or address answer 429 with Retry-After.
         */
        post: operations["Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session: revoke the refresh token and the access token used for the call
         * @description Signed-in users. Revokes the given refresh token (and every token refreshed from it) and puts the access token of this call on the denylist, so every service refuses it at once. A refresh token of another account answers 400.
         */
        post: operations["Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Signed-in users; changes nothing. Answers the caller's account; 401 when it was deleted or deactivated since the token was issued.
         */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete your account for good: sessions end, and the other services remove or anonymise what was yours
         * @description Signed-in users other than administrators (409: another administrator deletes them). Needs the password (a wrong one is a field error and counts against the sign-in throttle: 429 with Retry-After). Publishes user.deleted: media removes the files, profiles and the marketplace hide what was the account's; orders stay for the other party's records.
         */
        post: operations["DeleteMyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password: your other sessions end, this one continues with the new token pair
         * @description Signed-in users. Needs the current password (a wrong one is a field error on current_password and counts against the sign-in throttle: repeated failures answer 429 with Retry-After); the new one follows the registration rules. Every refresh and access token of the account stops working; the answer is a fresh pair.
         */
        post: operations["ChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a link to choose a new password, sent by e-mail
         * @description Anyone may call it. When an active account has the address, e-mails it a link to the web app's reset page, in the language of Accept-Language, that works once and for an hour; asking again replaces the earlier link. The answer is the same 202 whether or not an account has the address (and nothing is sent to a deactivated one). Repeated requests for one address or from one client answer 429 with Retry-After.
         */
        post: operations["ForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the token of an e-mailed link
         * @description Anyone holding a link may call it. The new password follows the registration rules (a weak one is a field error on new_password and the link keeps working). A link that was used, replaced by a newer one or expired answers 400 with what to do; a deactivated account answers 401. On success every refresh and access token of the account stops working: the person signs in again with the new password.
         */
        post: operations["ResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (consumer, specialist or businessman)
         * @description Anyone may call it. Creates an active account with the chosen role (administrator accounts cannot be registered) and answers it with 201 and its location. Raises user.created, from which profiles and marketplace learn of the user. A username or email already in use is refused with 400 naming the field; so is a weak password, with what to change.
         */
        post: operations["Register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap a refresh token for a new pair; the old refresh token stops working
         * @description Anyone holding a refresh token may call it. Answers a new access and refresh token; the old refresh token stops working, and reusing a revoked one revokes the whole session (a stolen token is worthless after its first use). An unknown, expired or revoked token, or a deactivated account, answers 401.
         */
        post: operations["RefreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/socket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade the access token of the call for a single-use WebSocket ticket
         * @description Signed-in users. Answers a 22-character ticket that opens one WebSocket (`/ws/chat/{room_id}/?ticket=`, `/ws/compute?ticket=`) within 30 seconds, in place of `?token=`: a socket keeps its URL for its whole life, and the ticket is a thirtieth of the token's size. The socket is then the token's: it ends when the token expires or is revoked. A used or expired ticket is refused before the upgrade with 401.
         */
        post: operations["IssueSocketTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an access token the way every service does, including revocation
         * @description Anyone may call it; changes nothing. Answers the token's claims when its signature, lifetime and issuer hold and it is not on the denylist (logged out, account deactivated); otherwise 401 with the reason.
         */
        post: operations["VerifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search and filter users
         * @description Administrators; changes nothing. Every account, active or not, paginated with an exact count.
         */
        get: operations["ListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Administrators; changes nothing. The account with its status and last sign-in.
         */
        get: operations["GetUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user and their sessions
         * @description Administrators. Deletes the account and revokes its sessions; raises user.deleted, so other services remove or hide what the user owned. An administrator cannot delete themselves (409). Recorded in the audit log with action "delete" and the account's last username, email, role and is_active as changes to null.
         */
        delete: operations["DeleteUser"];
        options?: never;
        head?: never;
        /**
         * Change a user's role, status or email
         * @description Administrators. Only the fields sent change; the change raises user.updated (other services hide a deactivated user's content and every service refuses their tokens). An administrator cannot remove their own admin role or deactivate themselves (409); a taken email answers 400. A change is recorded in the audit log (GET /api/auth/audit/?object_type=user&object_id=) with its changes as {field: [old, new]}: action "activate" or "deactivate" when only is_active changed, "update" for any other change (role, email, with or without is_active). A request that changes nothing records nothing.
         */
        patch: operations["UpdateUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminUserResponse: {
            /** Format: date-time */
            date_joined: string;
            email: string;
            /** Format: int64 */
            id: number;
            is_active: boolean;
            /** Format: date-time */
            last_login: null | string;
            role: string;
            username: string;
        };
        AuditActor: {
            /** Format: int64 */
            id: number;
            username: string;
        };
        AuditEntryResponse: {
            action: string;
            actor: components["schemas"]["AuditActor"];
            actor_username: string;
            changes: components["schemas"]["JsonElement"];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            object_id: string;
            object_repr: string;
            object_type: string;
        };
        ChangePasswordRequest: {
            current_password: null | string;
            new_password: null | string;
        };
        DeleteAccountRequest: {
            password: null | string;
        };
        ForgotPasswordRequest: {
            email: null | string;
        };
        ForgotPasswordResponse: {
            detail: string;
        };
        /** @description RFC 9457 problem details for invalid input: `errors` holds the messages of each field (absent when the body itself could not be read). */
        HttpValidationProblemDetails: {
            /** @description What went wrong in this request and how to fix it. */
            detail?: null | string;
            /** @description Each invalid field (snake_case, as sent) with what to change. */
            errors?: {
                [key: string]: string[];
            };
            /** @description The request the problem happened in. */
            instance?: null | string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status?: null | number;
            /** @description A short summary of the kind of problem. */
            title?: null | string;
            /** @description The trace id of the request, for the logs. */
            trace_id?: null | string;
            /** @description A URI that identifies the kind of problem. */
            type?: null | string;
        };
        JsonElement: unknown;
        JwksResponse: {
            keys: components["schemas"]["PublicJwk"][];
        };
        LoginRequest: {
            password: null | string;
            username: null | string;
        };
        LogoutRequest: {
            refresh: null | string;
        };
        PagedResponseOfAdminUserResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["AdminUserResponse"][];
        };
        PagedResponseOfAuditEntryResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["AuditEntryResponse"][];
        };
        /** @description RFC 9457 problem details: `detail` says what went wrong and how to fix it. */
        ProblemDetails: {
            /** @description What went wrong in this request and how to fix it. */
            detail?: null | string;
            /** @description The request the problem happened in. */
            instance?: null | string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status?: null | number;
            /** @description A short summary of the kind of problem. */
            title?: null | string;
            /** @description The trace id of the request, for the logs. */
            trace_id?: null | string;
            /** @description A URI that identifies the kind of problem. */
            type?: null | string;
        };
        PublicJwk: {
            alg: string;
            crv: string;
            kid: string;
            kty: string;
            use: string;
            x: string;
            y: string;
        };
        RefreshRequest: {
            refresh: null | string;
        };
        RegisterRequest: {
            email: null | string;
            password: null | string;
            role: null | string;
            username: null | string;
        };
        ResetPasswordRequest: {
            new_password: null | string;
            token: null | string;
        };
        SocketTicketResponse: {
            /** Format: int32 */
            expires_in: number;
            ticket: string;
        };
        TokenPairResponse: {
            access: string;
            /** Format: int32 */
            expires_in: number;
            refresh: string;
            user: components["schemas"]["UserResponse"];
        };
        UpdateUserRequest: {
            email: null | string;
            is_active: null | boolean;
            role: null | string;
        };
        UserResponse: {
            /** Format: date-time */
            date_joined: string;
            email: string;
            /** Format: int64 */
            id: number;
            role: string;
            username: string;
        };
        VerifiedClaims: {
            aud: string;
            email: string;
            /** Format: int64 */
            exp: number;
            /** Format: int64 */
            iat: number;
            iss: string;
            jti: string;
            name: string;
            /** Format: int64 */
            nbf: number;
            role: string;
            sub: string;
        };
        VerifyRequest: {
            token: null | string;
        };
        VerifyResponse: {
            claims: components["schemas"]["VerifiedClaims"];
            valid: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksResponse"];
                };
            };
        };
    };
    ListAuditEntries: {
        parameters: {
            query?: {
                /** @description Only changes of this action: update, activate, deactivate, delete, ... */
                action?: string;
                /** @description Only changes made by the administrator with this user id. */
                actor?: string;
                /** @description Only changes to the object with this id (with object_type). */
                object_id?: string;
                /** @description Only changes to objects of this type: user, ad, order, media or profile. */
                object_type?: string;
                /** @description -created_at (default, newest first) or created_at. */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResponseOfAuditEntryResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller is signed in but their role or ownership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; `detail` and `Retry-After` say when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request conflicts with the current state; `detail` says what to change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; `detail` and `Retry-After` say when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; `detail` and `Retry-After` say when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgotPasswordResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; `detail` and `Retry-After` say when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RefreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IssueSocketTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocketTicketResponse"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: {
                /** @description true for active accounts only, false for deactivated ones. */
                is_active?: string;
                /** @description Order by id, username, email, role, is_active, date_joined, last_login; '-' in front for descending (default: id). */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Only accounts of this role: consumer, specialist, businessman or admin. */
                role?: string;
                /** @description Part of the username or email, any case. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResponseOfAdminUserResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller is signed in but their role or ownership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserResponse"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller is signed in but their role or ownership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller is signed in but their role or ownership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request conflicts with the current state; `detail` says what to change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserResponse"];
                };
            };
            /** @description The input is invalid: `errors` names each field and how to fix it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller is signed in but their role or ownership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request conflicts with the current state; `detail` says what to change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
