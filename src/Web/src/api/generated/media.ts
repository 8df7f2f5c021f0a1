// Generated from docs/openapi/media.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My files, newest first (administrators: everyone's, ?owner= to filter)
         * @description Signed-in users see their own files, administrators everyone's; changes nothing. ?owner=<user id> (administrators; others only their own id, else 403), ?purpose=, ?ordering=created_at|-created_at|size|-size (default -created_at), ?page=, ?page_size= (at most 100).
         */
        get: operations["ListMedia"];
        put?: never;
        /**
         * Upload a file: multipart/form-data with 'file', optional 'purpose' (avatar, ad_photo, post_image, video, document, attachment) and 'is_public'
         * @description Signed-in users. Stores the file as the caller's, checks its real type from its bytes against the purpose's allowed types and size limit, makes a thumbnail of images, and answers 201 with its metadata and URLs. Raises media.created, from which other services learn that the caller owns it (an avatar, an ad's photo). A file over the purpose's limit answers 413; a body that is not multipart/form-data answers 415; a wrong type or purpose answers 400 naming the field; a full file store answers 507 and keeps nothing of the upload.
         */
        post: operations["UploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file's metadata (public files: anyone; private ones: owner and administrators)
         * @description Changes nothing. A private file of someone else answers 404, as if it did not exist.
         */
        get: operations["GetMedia"];
        put?: never;
        post?: never;
        /**
         * Remove a file and its metadata (owner, administrators)
         * @description The owner or an administrator. Removes the bytes, the thumbnail and the metadata, and raises media.deleted, so other services stop offering it (as an avatar, as an ad's photo). An administrator's removal is recorded in the audit log. Anyone else answers 403.
         */
        delete: operations["DeleteMedia"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file's bytes, with Range (206), ETag/If-None-Match (304) and caching headers
         * @description Public files: anyone; private ones: the owner and administrators (others get 404, as if it did not exist). Changes nothing. A Range outside the file answers 416.
         */
        get: operations["GetMediaContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A small JPEG of an image (JPEG, PNG, GIF); 404 for other files
         * @description Who may read the file may read its thumbnail (others get 404). Changes nothing. Files that are not JPEG, PNG or GIF images have none: 404.
         */
        get: operations["GetMediaThumbnail"];
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
        /** Format: binary */
        IFormFile: string;
        MediaResponse: {
            content_type: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            height: null | number;
            /** Format: uuid */
            id: string;
            is_public: boolean;
            original_name: string;
            /** Format: int64 */
            owner: number;
            purpose: string;
            /** Format: int64 */
            size: number;
            thumbnail_url: null | string;
            url: string;
            /** Format: int32 */
            width: null | number;
        };
        PagedResponseOfMediaResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["MediaResponse"][];
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
        /** Format: binary */
        Stream: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListMedia: {
        parameters: {
            query?: {
                /** @description created_at, -created_at (default, newest first), size or -size. */
                ordering?: string;
                /** @description Only the files of this user id (administrators; others may give only their own). */
                owner?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Only files uploaded for this purpose: avatar, ad_photo, post_image, video, document or attachment. */
                purpose?: string;
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
                    "application/json": components["schemas"]["PagedResponseOfMediaResponse"];
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
    UploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IFormFile"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
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
            /** @description The content type is not one this endpoint accepts; `detail` lists those it does. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The file store is full; nothing of the request was kept. Try again later. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: string;
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
                    "application/json": components["schemas"]["MediaResponse"];
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
    DeleteMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: string;
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
    GetMediaContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: string;
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
                    "application/octet-stream": components["schemas"]["Stream"];
                };
            };
            /** @description Partial Content */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Stream"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The requested byte range lies outside the content. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMediaThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: string;
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
                    "image/jpeg": components["schemas"]["Stream"];
                };
            };
            /** @description Partial Content */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["Stream"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The requested byte range lies outside the content. */
            416: {
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
