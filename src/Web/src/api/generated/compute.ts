// Generated from docs/openapi/compute.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/compute/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The datasets: size, columns, bounds, period, categories
         * @description Signed-in users. Changes nothing. Every dataset of the service, in the platform's list shape ({count, next, previous, results}; ?page=, ?page_size=), with status: 'ready', 'preparing' (the default datasets are being generated: ask again in a few seconds) or 'empty' (none: an operator generates them with ./agrovet datasets).
         */
        get: operations["ListDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/datasets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dataset
         * @description Signed-in users. Changes nothing. A name the service has no dataset for answers 404.
         */
        get: operations["GetDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aggregate's values under one pixel of a view (hover values)
         * @description Signed-in users. Changes nothing. Takes the parameters of /compute/render.png and px, py (the pixel's column and row, 0 at the top left). A view rendered lately is read from its kept aggregate (no new aggregation), so hovering over the image just rendered is cheap; another view is aggregated first. A pixel off the canvas answers 400.
         */
        get: operations["InspectPixel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/render.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One view of a dataset: aggregated, shaded and encoded as PNG
         * @description Signed-in users. Changes nothing. Datashader's pipeline over the dataset's points: canvas (width, height, x_range, y_range, projection), aggregation (agg, column, filters time_range, categories, value_range), shading (how, cmap, color_key), spread. ?preview=true renders from the dataset's 1/64 sample instead (fast, counts scaled). The aggregate's range is in X-Aggregate-Min and X-Aggregate-Max, the time of each stage in Server-Timing; the image has a strong ETag (If-None-Match answers 304 without rendering). Every bad parameter is a 400 naming it.
         */
        get: operations["RenderView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/tiles/{dataset}/{z}/{x}/{y}.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An XYZ map tile (Web Mercator, 256 or 512 pixels) of a dataset
         * @description Signed-in users. Changes nothing. The tile at zoom z, column x (from the antimeridian eastwards) and row y (from the north), as slippy maps number them, rendered like /compute/render.png with projection=mercator over the tile's extent. Strong ETag and Cache-Control: private, max-age=86400; If-None-Match answers 304 without rendering. A zoom, column or row off the map, or an unknown dataset, answers 400.
         */
        get: operations["MapTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ws/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * WebSocket: live, progressive renders of views as the user pans and zooms
         * @description Signed-in users, up to a number of sockets per account (429 beyond it). Changes nothing. Open with a WebSocket upgrade and ?ticket=<single-use ticket from POST /api/auth/token/socket/> (or ?token=<access token>); a request that is not a WebSocket upgrade answers 400. Send JSON text frames: {"type":"render","id":n,"params":{...the parameters of /compute/render.png...}}, {"type":"inspect","id":n,"px":x,"py":y} (the latest view, or send its params), {"type":"cancel"}, {"type":"ping","id":n}. Each render is answered by a binary frame with the coarse preview (from the sample) and one with the full render: a 4-byte big-endian length, a JSON header (id, stage, ranges, min, max, legend, timings) and the PNG. A newer render cancels the one in flight; nothing of a superseded render is sent. A bad message gets a JSON error frame and the socket stays open; a message over the size limit closes it with 1009, too many messages with 1008. The compute README has the protocol.
         */
        get: operations["ComputeSocket"];
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
        DatasetBounds: {
            /** Format: double */
            max_lat: number;
            /** Format: double */
            max_lon: number;
            /** Format: double */
            min_lat: number;
            /** Format: double */
            min_lon: number;
        };
        DatasetColumnResponse: {
            /** Format: double */
            max: null | number;
            /** Format: double */
            min: null | number;
            name: string;
            role: string;
            type: string;
            unit: string;
        };
        DatasetListResponse: {
            /** Format: int64 */
            count: number;
            detail: null | string;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["DatasetResponse"][];
            status: string;
        };
        DatasetPeriod: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        DatasetResponse: {
            /** Format: int32 */
            blocks: number;
            bounds: null | components["schemas"]["DatasetBounds"];
            categories: string[];
            category_column: string;
            columns: components["schemas"]["DatasetColumnResponse"][];
            description: string;
            has_preview: boolean;
            name: string;
            /** Format: int64 */
            rows: number;
            time_range: null | components["schemas"]["DatasetPeriod"];
            title: string;
            value_column: string;
            value_unit: string;
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
        InspectCategory: {
            /** Format: int64 */
            count: number;
            name: string;
        };
        InspectResponse: {
            agg: string;
            categories: components["schemas"]["InspectCategory"][];
            column: null | string;
            dataset: string;
            /** Format: int32 */
            px: number;
            /** Format: int32 */
            py: number;
            /** Format: double */
            value: null | number;
            x_range: number[];
            y_range: number[];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListDatasets: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["DatasetListResponse"];
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
    GetDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dataset's name, as the dataset list gives it (e.g. crop-yields-1m). */
                name: string;
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
                    "application/json": components["schemas"]["DatasetResponse"];
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
    InspectPixel: {
        parameters: {
            query?: {
                /** @description Aggregation per pixel: count (default), sum, mean, min, max, std, count_cat. */
                agg?: string;
                /** @description Comma-separated category names (at most 256): only points of those categories. */
                categories?: string;
                /** @description Colormap: fire (default), viridis, inferno, kbc, blues, greys, hot, lightblue_darkblue. */
                cmap?: string;
                /** @description count_cat colours, one hex colour per category, comma-separated (default: Datashader's Sets1to3). */
                color_key?: string;
                /** @description Float column that sum, mean, min, max and std reduce (default: the dataset's value column). */
                column?: string;
                /** @description Dataset name, as listed by GET /compute/datasets/ (required). */
                dataset?: string;
                /** @description Canvas height in pixels, 1 to 4096 (default 600). */
                height?: string;
                /** @description Shading: eq_hist (default), linear, log, cbrt. */
                how?: string;
                /** @description linear (default) or mercator (Web Mercator; x and y must be the longitude and latitude). */
                projection?: string;
                /** @description The pixel's column in the view's image, from 0 (the left edge) to width - 1 (required). */
                px?: number;
                /** @description The pixel's row in the view's image, from 0 (the top edge) to height - 1 (required). */
                py?: number;
                /** @description Spread each pixel over a circle of this many pixels, 0 (default) to 16. */
                spread?: string;
                /** @description 'from,to', ISO 8601 or Unix seconds, inclusive: only points of that period. */
                time_range?: string;
                /** @description 'min,max' of the value column, inclusive: only points within it. */
                value_range?: string;
                /** @description Canvas width in pixels, 1 to 4096 (default 800). */
                width?: string;
                /** @description Float column on the horizontal axis (default: longitude). */
                x?: string;
                /** @description 'min,max' of x, increasing and finite (default: the dataset's bounds; Web Mercator metres under projection=mercator). */
                x_range?: string;
                /** @description Float column on the vertical axis (default: latitude). */
                y?: string;
                /** @description 'min,max' of y, increasing and finite (default: the dataset's bounds). */
                y_range?: string;
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
                    "application/json": components["schemas"]["InspectResponse"];
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
    RenderView: {
        parameters: {
            query?: {
                /** @description Aggregation per pixel: count (default), sum, mean, min, max, std, count_cat. */
                agg?: string;
                /** @description Comma-separated category names (at most 256): only points of those categories. */
                categories?: string;
                /** @description Colormap: fire (default), viridis, inferno, kbc, blues, greys, hot, lightblue_darkblue. */
                cmap?: string;
                /** @description count_cat colours, one hex colour per category, comma-separated (default: Datashader's Sets1to3). */
                color_key?: string;
                /** @description Float column that sum, mean, min, max and std reduce (default: the dataset's value column). */
                column?: string;
                /** @description Dataset name, as listed by GET /compute/datasets/ (required). */
                dataset?: string;
                /** @description Canvas height in pixels, 1 to 4096 (default 600). */
                height?: string;
                /** @description Shading: eq_hist (default), linear, log, cbrt. */
                how?: string;
                /** @description true: render from the dataset's 1/64 sample (fast, counts scaled); absent or false: from every point. */
                preview?: string;
                /** @description linear (default) or mercator (Web Mercator; x and y must be the longitude and latitude). */
                projection?: string;
                /** @description Spread each pixel over a circle of this many pixels, 0 (default) to 16. */
                spread?: string;
                /** @description 'from,to', ISO 8601 or Unix seconds, inclusive: only points of that period. */
                time_range?: string;
                /** @description 'min,max' of the value column, inclusive: only points within it. */
                value_range?: string;
                /** @description Canvas width in pixels, 1 to 4096 (default 800). */
                width?: string;
                /** @description Float column on the horizontal axis (default: longitude). */
                x?: string;
                /** @description 'min,max' of x, increasing and finite (default: the dataset's bounds; Web Mercator metres under projection=mercator). */
                x_range?: string;
                /** @description Float column on the vertical axis (default: latitude). */
                y?: string;
                /** @description 'min,max' of y, increasing and finite (default: the dataset's bounds). */
                y_range?: string;
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
                content?: never;
            };
            /** @description Not Modified */
            304: {
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
        };
    };
    MapTile: {
        parameters: {
            query?: {
                /** @description Aggregation per pixel: count (default), sum, mean, min, max, std, count_cat. */
                agg?: string;
                /** @description Comma-separated category names: only points of those categories. */
                categories?: string;
                /** @description Colormap: fire (default), viridis, inferno, kbc, blues, greys, hot, lightblue_darkblue. */
                cmap?: string;
                /** @description count_cat colours, one hex colour per category, comma-separated. */
                color_key?: string;
                /** @description Float column that sum, mean, min, max and std reduce (default: the value column). */
                column?: string;
                /** @description Shading: eq_hist (default), linear, log, cbrt. Each tile is shaded on its own: linear or log keep neighbouring tiles comparable. */
                how?: string;
                /** @description Tile side in pixels: 256 (default) or 512. */
                size?: string;
                /** @description Spread each pixel over a circle of this many pixels, 0 to 16. */
                spread?: string;
                /** @description 'from,to', ISO 8601 or Unix seconds, inclusive. */
                time_range?: string;
                /** @description 'min,max' of the value column, inclusive. */
                value_range?: string;
            };
            header?: never;
            path: {
                /** @description The dataset's name, as GET /compute/datasets/ lists it. */
                dataset: string;
                /** @description The tile's column, from 0 at the antimeridian eastwards to 2^z - 1. */
                x: number;
                /** @description The tile's row, from 0 in the north southwards to 2^z - 1. */
                y: number;
                /** @description The zoom level, from 0 (the whole world in one tile) to 24. */
                z: number;
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
                content?: never;
            };
            /** @description Not Modified */
            304: {
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
    ComputeSocket: {
        parameters: {
            query?: {
                /** @description A single-use ticket from POST /api/auth/token/socket/ (valid 30 s), since a browser's WebSocket cannot send an Authorization header; a used, expired or unknown one answers 401 before the upgrade. */
                ticket?: string;
                /** @description The access token (from POST /api/auth/login/), in place of a ticket; a missing, expired or revoked one answers 401 before the upgrade. A ticket keeps the token out of the URL, which the server holds for the socket's life. */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The WebSocket is open (HTTP/1.1 upgrade). */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The WebSocket is open (HTTP/2 extended CONNECT, RFC 8441). */
            200: {
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
}
