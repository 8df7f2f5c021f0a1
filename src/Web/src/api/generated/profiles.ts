// Generated from docs/openapi/profiles.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profiles of every kind, for administrators: filters, search, ordering, pages
         * @description Administrators; changes nothing. Specialists, businessmen and consumers in one list, paginated with an exact count, those of deactivated accounts included (user_is_active says which); each row has its kind's own fields (null for the other kinds) and its path, to edit or delete it at /api/profiles/{path}/{id}/.
         */
        get: operations["ListAllProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/businessmen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profiles of businessmen: filters, search, ordering, pages
         * @description Anyone; changes nothing. The profiles of active businessmen, paginated with an exact count.
         */
        get: operations["ListBusinessmen"];
        put?: never;
        /**
         * Create my profile (businessman accounts)
         * @description Signed-in businessman accounts (others, and deactivated accounts, get 403); one profile per account (a second answers 409). An avatar must be an image the caller uploaded for the avatar purpose. Raises profile.created. 503 when the media service must be asked about the avatar and does not answer.
         */
        post: operations["CreateBusinessmen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/businessmen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One profile
         * @description Anyone; changes nothing. A deactivated user's profile is shown only to administrators (404 to others).
         */
        get: operations["GetBusinessmen"];
        put?: never;
        post?: never;
        /**
         * Delete a profile (owner, administrators)
         * @description The owner or an administrator (others get 403). Raises profile.updated marking it deleted; an administrator's deletion is recorded in the audit log.
         */
        delete: operations["DeleteBusinessmen"];
        options?: never;
        head?: never;
        /**
         * Edit a profile (owner, administrators); null clears a field
         * @description The owner or an administrator (others get 403). Only the fields sent change. Raises profile.updated; an administrator's change is recorded in the audit log. 503 when the media service must be asked about a new avatar and does not answer.
         */
        patch: operations["UpdateBusinessmen"];
        trace?: never;
    };
    "/api/profiles/businessmen/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own profile of this kind
         * @description Signed-in users; changes nothing. 404 when the caller has no profile of this kind yet.
         */
        get: operations["MyBusinessmen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profiles of consumers: filters, search, ordering, pages
         * @description Anyone; changes nothing. The profiles of active consumers, paginated with an exact count.
         */
        get: operations["ListConsumers"];
        put?: never;
        /**
         * Create my profile (consumer accounts)
         * @description Signed-in consumer accounts (others, and deactivated accounts, get 403); one profile per account (a second answers 409). An avatar must be an image the caller uploaded for the avatar purpose. Raises profile.created. 503 when the media service must be asked about the avatar and does not answer.
         */
        post: operations["CreateConsumers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/consumers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One profile
         * @description Anyone; changes nothing. A deactivated user's profile is shown only to administrators (404 to others).
         */
        get: operations["GetConsumers"];
        put?: never;
        post?: never;
        /**
         * Delete a profile (owner, administrators)
         * @description The owner or an administrator (others get 403). Raises profile.updated marking it deleted; an administrator's deletion is recorded in the audit log.
         */
        delete: operations["DeleteConsumers"];
        options?: never;
        head?: never;
        /**
         * Edit a profile (owner, administrators); null clears a field
         * @description The owner or an administrator (others get 403). Only the fields sent change. Raises profile.updated; an administrator's change is recorded in the audit log. 503 when the media service must be asked about a new avatar and does not answer.
         */
        patch: operations["UpdateConsumers"];
        trace?: never;
    };
    "/api/profiles/consumers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own profile of this kind
         * @description Signed-in users; changes nothing. 404 when the caller has no profile of this kind yet.
         */
        get: operations["MyConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/specialists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profiles of specialists: filters, search, ordering, pages
         * @description Anyone; changes nothing. The profiles of active specialists, paginated with an exact count.
         */
        get: operations["ListSpecialists"];
        put?: never;
        /**
         * Create my profile (specialist accounts)
         * @description Signed-in specialist accounts (others, and deactivated accounts, get 403); one profile per account (a second answers 409). An avatar must be an image the caller uploaded for the avatar purpose. Raises profile.created. 503 when the media service must be asked about the avatar and does not answer.
         */
        post: operations["CreateSpecialists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/specialists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One profile
         * @description Anyone; changes nothing. A deactivated user's profile is shown only to administrators (404 to others).
         */
        get: operations["GetSpecialists"];
        put?: never;
        post?: never;
        /**
         * Delete a profile (owner, administrators)
         * @description The owner or an administrator (others get 403). Raises profile.updated marking it deleted; an administrator's deletion is recorded in the audit log.
         */
        delete: operations["DeleteSpecialists"];
        options?: never;
        head?: never;
        /**
         * Edit a profile (owner, administrators); null clears a field
         * @description The owner or an administrator (others get 403). Only the fields sent change. Raises profile.updated; an administrator's change is recorded in the audit log. 503 when the media service must be asked about a new avatar and does not answer.
         */
        patch: operations["UpdateSpecialists"];
        trace?: never;
    };
    "/api/profiles/specialists/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own profile of this kind
         * @description Signed-in users; changes nothing. 404 when the caller has no profile of this kind yet.
         */
        get: operations["MySpecialists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminProfileResponse: {
            /** Format: uuid */
            avatar: null | string;
            bio: string;
            company: null | string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            farm_type: null | string;
            /** Format: int32 */
            herd_size: null | number;
            /** Format: int64 */
            id: number;
            kind: string;
            license_number: null | string;
            path: string;
            region: null | string;
            regions_served: null | string[];
            specialty: null | string;
            tax_id: null | string;
            /** Format: date-time */
            updated_at: string;
            user: components["schemas"]["ProfileUser"];
            user_is_active: boolean;
        };
        BusinessmanResponse: {
            /** Format: uuid */
            avatar: null | string;
            bio: string;
            company: string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            /** Format: int64 */
            id: number;
            kind: string;
            region: null | string;
            region_name: null | string;
            tax_id: null | string;
            /** Format: date-time */
            updated_at: string;
            user: components["schemas"]["ProfileUser"];
        };
        ConsumerResponse: {
            /** Format: uuid */
            avatar: null | string;
            bio: string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            farm_type: null | string;
            /** Format: int32 */
            herd_size: null | number;
            /** Format: int64 */
            id: number;
            kind: string;
            region: null | string;
            region_name: null | string;
            /** Format: date-time */
            updated_at: string;
            user: components["schemas"]["ProfileUser"];
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
        /** Format: uuid */
        OptionalOfGuid: null | string;
        /** Format: int32 */
        OptionalOfint: null | number;
        OptionalOfListOfstring: null | string[];
        OptionalOfstring: null | string;
        PagedResponseOfAdminProfileResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["AdminProfileResponse"][];
        };
        PagedResponseOfBusinessmanResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["BusinessmanResponse"][];
        };
        PagedResponseOfConsumerResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["ConsumerResponse"][];
        };
        PagedResponseOfSpecialistResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["SpecialistResponse"][];
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
        ProfileInput: {
            avatar?: components["schemas"]["OptionalOfGuid"];
            bio?: components["schemas"]["OptionalOfstring"];
            company?: components["schemas"]["OptionalOfstring"];
            display_name?: components["schemas"]["OptionalOfstring"];
            farm_type?: components["schemas"]["OptionalOfstring"];
            herd_size?: components["schemas"]["OptionalOfint"];
            license_number?: components["schemas"]["OptionalOfstring"];
            region?: components["schemas"]["OptionalOfstring"];
            regions_served?: components["schemas"]["OptionalOfListOfstring"];
            specialty?: components["schemas"]["OptionalOfstring"];
            tax_id?: components["schemas"]["OptionalOfstring"];
        };
        ProfileUser: {
            /** Format: int64 */
            id: number;
            username: string;
        };
        SpecialistResponse: {
            /** Format: uuid */
            avatar: null | string;
            bio: string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            /** Format: int64 */
            id: number;
            kind: string;
            license_number: null | string;
            region: null | string;
            region_name: null | string;
            regions_served: string[];
            specialty: string;
            /** Format: date-time */
            updated_at: string;
            user: components["schemas"]["ProfileUser"];
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
    ListAllProfiles: {
        parameters: {
            query?: {
                /** @description Only profiles of this kind: specialists, businessmen, consumers (or specialist, businessman, consumer). */
                kind?: string;
                /** @description Order by display_name, created_at, updated_at, comma-separated; '-' in front for descending (default -created_at). */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Words found in the display name, bio or company, any case. */
                q?: string;
                /** @description Only profiles in this region, exactly (any case). */
                region?: string;
                /** @description Only specialists who serve this region, exactly (any case). */
                regions_served?: string;
                /** @description Only this specialty, exactly (any case). */
                specialty?: string;
                /** @description Only the profiles of the user with this id. */
                user?: number;
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
                    "application/json": components["schemas"]["PagedResponseOfAdminProfileResponse"];
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
    ListBusinessmen: {
        parameters: {
            query?: {
                /** @description Order by display_name, created_at, updated_at, comma-separated; '-' in front for descending (default -created_at). */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Words found in the display name, bio or company, any case. */
                q?: string;
                /** @description Only profiles in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions. */
                region?: string;
                /** @description Only specialists who serve this region: a division code from GET /api/regions/ (CO-COR). */
                regions_served?: string;
                /** @description Only this specialty, exactly (any case). */
                specialty?: string;
                /** @description Only the profile of the user with this id (an account has at most one of each kind): how an ad finds its seller's profile. */
                user?: number;
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
                    "application/json": components["schemas"]["PagedResponseOfBusinessmanResponse"];
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
        };
    };
    CreateBusinessmen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessmanResponse"];
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
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBusinessmen: {
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
                    "application/json": components["schemas"]["BusinessmanResponse"];
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
    DeleteBusinessmen: {
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
        };
    };
    UpdateBusinessmen: {
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
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessmanResponse"];
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
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyBusinessmen: {
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
                    "application/json": components["schemas"]["BusinessmanResponse"];
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
    ListConsumers: {
        parameters: {
            query?: {
                /** @description Order by display_name, created_at, updated_at, comma-separated; '-' in front for descending (default -created_at). */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Words found in the display name, bio or company, any case. */
                q?: string;
                /** @description Only profiles in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions. */
                region?: string;
                /** @description Only specialists who serve this region: a division code from GET /api/regions/ (CO-COR). */
                regions_served?: string;
                /** @description Only this specialty, exactly (any case). */
                specialty?: string;
                /** @description Only the profile of the user with this id (an account has at most one of each kind): how an ad finds its seller's profile. */
                user?: number;
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
                    "application/json": components["schemas"]["PagedResponseOfConsumerResponse"];
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
        };
    };
    CreateConsumers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerResponse"];
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
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetConsumers: {
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
                    "application/json": components["schemas"]["ConsumerResponse"];
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
    DeleteConsumers: {
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
        };
    };
    UpdateConsumers: {
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
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerResponse"];
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
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyConsumers: {
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
                    "application/json": components["schemas"]["ConsumerResponse"];
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
    ListSpecialists: {
        parameters: {
            query?: {
                /** @description Order by display_name, created_at, updated_at, comma-separated; '-' in front for descending (default -created_at). */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Words found in the display name, bio or company, any case. */
                q?: string;
                /** @description Only profiles in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions. */
                region?: string;
                /** @description Only specialists who serve this region: a division code from GET /api/regions/ (CO-COR). */
                regions_served?: string;
                /** @description Only this specialty, exactly (any case). */
                specialty?: string;
                /** @description Only the profile of the user with this id (an account has at most one of each kind): how an ad finds its seller's profile. */
                user?: number;
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
                    "application/json": components["schemas"]["PagedResponseOfSpecialistResponse"];
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
        };
    };
    CreateSpecialists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistResponse"];
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
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSpecialists: {
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
                    "application/json": components["schemas"]["SpecialistResponse"];
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
    DeleteSpecialists: {
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
        };
    };
    UpdateSpecialists: {
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
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistResponse"];
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
            /** @description The body is larger than this endpoint accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A service this request depends on is not answering; try again shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MySpecialists: {
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
                    "application/json": components["schemas"]["SpecialistResponse"];
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
}
