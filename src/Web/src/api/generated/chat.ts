// Generated from docs/openapi/chat.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/chat/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My rooms, most recently active first
         * @description Signed-in users: the rooms they are a member of, each with its members, the ad (ad rooms), the newest message's preview and their unread count. Changes nothing.
         */
        get: operations["ListRooms"];
        put?: never;
        /**
         * Open a room: direct (found again), group, or about an ad (found again)
         * @description Signed-in users. `{"kind":"direct","user_id":7}`, `{"kind":"group","name":"...","member_ids":[7,8]}` or `{"kind":"ad","ad_id":42}` (you and its seller). 201 when new (raises chat.room.created), 200 when an existing direct or ad room is found again. 503 when the marketplace must be asked about the ad and does not answer.
         */
        post: operations["CreateRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my rooms
         * @description The room's members (others get 403). Changes nothing. An unknown room answers 404.
         */
        get: operations["GetRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a group (its owner)
         * @description The group's owner (other members get 403; a room the caller is not in answers 404). Body {name}. Only groups have a name: a direct or ad room answers 400.
         */
        patch: operations["RenameRoom"];
        trace?: never;
    };
    "/api/chat/rooms/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to a group (its owner)
         * @description The group's owner (other members get 403; a room the caller is not in answers 404). Body {user_id}: an active user, who starts with nothing unread; adding a member twice changes nothing. A full group, or a direct or ad room, answers 400.
         */
        post: operations["AddRoomMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/rooms/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a group (its owner), or leave it (your own id)
         * @description The group's owner removes anyone; any member removes themself (others get 403; a room the caller is not in, or a user not in it, answers 404). An owner who leaves hands the group to the longest-standing member. The removed member's open connections to the room close at once (4003). Direct and ad rooms keep their two people (400).
         */
        delete: operations["RemoveRoomMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/rooms/{roomId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A room's history, newest first
         * @description The room's members (others get 403). Changes nothing. Cursor pagination: `next` links to the older page; null at the beginning of the room.
         */
        get: operations["ListMessages"];
        put?: never;
        /**
         * Send a message over HTTP (the WebSocket does the same)
         * @description The room's members (others get 403). Body {body?, media_ids?, client_id?}: stored, then broadcast to the room's connections; raises chat.message.sent. `client_id` (your own id for the message) makes a resend store it once: the first one comes back (200). 503 when the message cannot be stored right now, or the media service must be asked about an image and does not answer.
         */
        post: operations["SendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/rooms/{roomId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete your own message, or any as an administrator (broadcast as `delete`; audited for administrators)
         * @description The message's author, or an administrator (others get 403); an administrator's deletion is recorded in the audit log. The room's connections get a `delete` frame. A message the room does not have answers 404.
         */
        delete: operations["DeleteMessage"];
        options?: never;
        head?: never;
        /**
         * Edit your own message (broadcast as `edit`)
         * @description The message's author (others get 403). Body {body}; edited_at is set and the room's connections get an `edit` frame. A message the room does not have answers 404.
         */
        patch: operations["EditMessage"];
        trace?: never;
    };
    "/api/chat/rooms/{roomId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the room read up to a message (broadcast as `read`)
         * @description The room's members (others get 403). Body {message_id}: the caller's unread count in the room goes down to what came after it, and the room's connections get a `read` frame.
         */
        post: operations["MarkRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread messages in all my rooms (the header badge)
         * @description Signed-in users: the unread messages in the rooms they are a member of. Changes nothing.
         */
        get: operations["GetUnread"];
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
        AddMemberRequest: {
            /** Format: int64 */
            user_id: null | number;
        };
        AdRef: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            seller_id: number;
            status: string;
            title: string;
        };
        CreateRoomRequest: {
            /** Format: int64 */
            ad_id: null | number;
            kind: null | string;
            member_ids: null | number[];
            name: null | string;
            /** Format: int64 */
            user_id: null | number;
        };
        EditMessageRequest: {
            body: null | string;
        };
        HistoryPage: {
            next: null | string;
            results: components["schemas"]["MessageResponse"][];
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
        MessagePreview: {
            author: components["schemas"]["UserRef"];
            body: string;
            /** Format: date-time */
            created_at: string;
            deleted: boolean;
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            media_count: number;
        };
        MessageResponse: {
            author: components["schemas"]["UserRef"];
            body: string;
            /** Format: int64 */
            change: number;
            client_id: null | string;
            /** Format: date-time */
            created_at: string;
            deleted: boolean;
            /** Format: date-time */
            edited_at: null | string;
            /** Format: int64 */
            id: number;
            media_ids: string[];
            /** Format: int64 */
            room_id: number;
            type: string;
        };
        PagedResponseOfRoomResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["RoomResponse"][];
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
        ReadRequest: {
            /** Format: int64 */
            message_id: null | number;
        };
        RoomResponse: {
            ad: null | components["schemas"]["AdRef"];
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            kind: string;
            /** Format: date-time */
            last_activity_at: string;
            last_message: null | components["schemas"]["MessagePreview"];
            members: components["schemas"]["UserRef"][];
            name: null | string;
            /** Format: int64 */
            owner_id: null | number;
            /** Format: int64 */
            read_up_to: number;
            /** Format: int64 */
            unread_count: number;
        };
        SendMessageRequest: {
            body: null | string;
            client_id: null | string;
            media_ids: null | string[];
        };
        UnreadResponse: {
            /** Format: int32 */
            rooms: number;
            /** Format: int64 */
            total: number;
        };
        UpdateRoomRequest: {
            name: null | string;
        };
        UserRef: {
            /** Format: int64 */
            id: number;
            username: string;
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
    ListRooms: {
        parameters: {
            query?: {
                /** @description direct, group or ad: only rooms of that kind; absent: every kind. */
                kind?: string;
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
                    "application/json": components["schemas"]["PagedResponseOfRoomResponse"];
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
        };
    };
    CreateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
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
    GetRoom: {
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
                    "application/json": components["schemas"]["RoomResponse"];
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
    RenameRoom: {
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
                "application/json": components["schemas"]["UpdateRoomRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
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
        };
    };
    AddRoomMember: {
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
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
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
        };
    };
    RemoveRoomMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
                /** @description The user id of the member to remove: the caller's own id to leave the group. */
                userId: number;
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
        };
    };
    ListMessages: {
        parameters: {
            query?: {
                /** @description Only messages older than the message with this id; absent: the newest. */
                before?: number;
                /** @description Messages per page, from 1 to 100 (default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The id of the room, as the room list gives it. */
                roomId: number;
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
                    "application/json": components["schemas"]["HistoryPage"];
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
        };
    };
    SendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the room, as the room list gives it. */
                roomId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
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
    DeleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the message. */
                messageId: number;
                /** @description The id of the room, as the room list gives it. */
                roomId: number;
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
                    "application/json": components["schemas"]["MessageResponse"];
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
        };
    };
    EditMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the message. */
                messageId: number;
                /** @description The id of the room, as the room list gives it. */
                roomId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditMessageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
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
        };
    };
    MarkRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the room, as the room list gives it. */
                roomId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadRequest"];
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
        };
    };
    GetUnread: {
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
                    "application/json": components["schemas"]["UnreadResponse"];
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
}
