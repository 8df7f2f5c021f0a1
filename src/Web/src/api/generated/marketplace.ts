// Generated from docs/openapi/marketplace.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/adds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search and filter ads (admins: every status, ?format=csv)
         * @description Anyone; changes nothing. Active ads for everyone; administrators also see sold-out and withdrawn ones and may export CSV (others asking for CSV get 403). ?q= full-text (Spanish and English), ?category= (a top-level category includes its sub-categories), ?region=, ?min_price=, ?max_price=, ?in_stock=true, ?seller=, ?status=, ?sort=relevance|newest|oldest|price|-price, ?page=, ?page_size=.
         */
        get: operations["ListAds"];
        put?: never;
        /**
         * Publish an ad (businessmen and specialists)
         * @description Signed-in businessmen and specialists (others get 403). region is a division code from GET /api/regions/ ("CO-COR"); without a currency the ad is priced in the currency of its region's country, else USD. Photos must be images the caller uploaded; the first is the cover. Raises add.created. 503 when the media service must be asked about a photo and does not answer.
         */
        post: operations["CreateAd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ad (cached; every change shows at once)
         * @description Anyone; changes nothing. Any ad that exists, whatever its status (a withdrawn or sold-out ad says so in status).
         */
        get: operations["GetAd"];
        put?: never;
        post?: never;
        /**
         * Withdraw an ad (its seller or an admin); its orders stay
         * @description The ad's seller or an administrator (others get 403). It can no longer be bought or found; raises add.updated; an administrator's withdrawal is recorded in the audit log.
         */
        delete: operations["WithdrawAd"];
        options?: never;
        head?: never;
        /**
         * Edit an ad (its seller or an admin); only the fields sent change
         * @description The ad's seller or an administrator (others get 403). Raises add.updated naming the changed fields; an administrator's edit is recorded in the audit log. 503 when the media service must be asked about a new photo and does not answer.
         */
        patch: operations["UpdateAd"];
        trace?: never;
    };
    "/api/adds/{id}/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy units of an ad with a delivery and payment method; send an Idempotency-Key header (a retry with the same key returns the same order)
         * @description Signed-in users, except the ad's seller (403). Places an order at the ad's current price and takes the units from its stock in one transaction, so the last unit is sold once; raises add.sold (and add.updated when the ad sells out). A withdrawn ad, an inactive seller or too few units answer 409. An Idempotency-Key reused for a different purchase answers 422. The checkout is recorded on the order: pick-up at the seller's (default) or delivery to one of the buyer's addresses (copied onto the order), and how the buyer will pay (agreed with the seller by default; no payment is taken).
         */
        post: operations["PurchaseAd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adds/bulk-withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw many ads at once (admins)
         * @description Administrators. Withdraws every named ad that exists and is not withdrawn yet (their orders stay) and answers which were withdrawn and which ids do not exist. Each withdrawal raises add.updated and is recorded in the audit log. An empty list, or more ids than the per-call limit, answers 400.
         */
        post: operations["BulkWithdrawAds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adds/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The category tree ads are filed under
         * @description Anyone; changes nothing. Each category with its slug and sub-categories; ads name a category by slug.
         */
        get: operations["ListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My orders as buyer and seller (?role=buyer|seller, ?status=); admins see every order (?format=csv)
         * @description Signed-in users see the orders they bought or sold; administrators see every order and may export them as CSV (others asking for CSV get 403). Changes nothing.
         */
        get: operations["ListOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order with its delivery, payment method and timeline (its buyer, its seller or an admin)
         * @description The order's buyer, its seller or an administrator; anyone else gets 404, as if it did not exist. The seller sees the delivery address and the buyer's contact phone; timeline lists every step (placed, shipped with its tracking note, completed, cancelled), who took it and when. Changes nothing.
         */
        get: operations["GetOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order (its buyer or seller before shipping; an admin until completed); the units go back to the ad
         * @description The buyer or the seller while the order is placed; an administrator until it is completed (others get 403; a shipped order 409 for its buyer and seller, a completed or cancelled one 409 for everyone). The units return to the ad's stock, which raises add.updated; an administrator's cancellation is recorded in the audit log.
         */
        post: operations["CancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The buyer confirms a shipped order arrived
         * @description The order's buyer (others get 403). Only a shipped order can be completed (409 otherwise).
         */
        post: operations["CompleteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seller marks a placed order shipped, with an optional tracking note
         * @description The order's seller (others get 403). Only a placed order can be shipped (409 otherwise). The body is optional: tracking_note (the carrier, a tracking number) shows on the order's timeline.
         */
        post: operations["ShipOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My delivery addresses, newest first
         * @description Signed-in users see their own addresses only (administrators too). Changes nothing.
         */
        get: operations["ListAddresses"];
        put?: never;
        /**
         * Keep a new delivery address in my account
         * @description Signed-in users. recipient_name, phone, line1, city, region and country (ISO 3166-1 alpha-2) are required. In a country of GET /api/regions/ the region is one of its division codes ("CO-COR"; answered with region_name), elsewhere free text. An account keeps at most 20 addresses (409 beyond).
         */
        post: operations["CreateAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my delivery addresses
         * @description Its owner only; anyone else gets 404, as if it did not exist. Changes nothing.
         */
        get: operations["GetAddress"];
        /**
         * Change one of my delivery addresses (every field; those left out become empty)
         * @description Its owner only (others get 404). Orders already placed keep the address they were placed with.
         */
        put: operations["ReplaceAddress"];
        post?: never;
        /**
         * Forget one of my delivery addresses
         * @description Its owner only (others get 404). Orders already placed keep their copy of it.
         */
        delete: operations["DeleteAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The countries and their first-level divisions a region may name
         * @description Anyone; changes nothing. Every Spanish-speaking Latin American country and Brazil (ISO 3166-1 alpha-2), with its name in the request's language, what its divisions are called, its currency (ISO 4217) and decimals, and its divisions (ISO 3166-2 code and local name). Ads, profiles and delivery addresses name a region by its division code ("CO-COR"). Cacheable: ETag and Cache-Control: public, max-age=3600, varying by Accept-Language; If-None-Match answers 304.
         */
        get: operations["ListRegions"];
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
        AddressFields: {
            city: string;
            country: string;
            instructions: string;
            label: string;
            line1: string;
            line2: string;
            phone: string;
            postal_code: string;
            recipient_name: string;
            region: string;
            region_name: string;
        };
        AddressRequest: {
            city: null | string;
            country: null | string;
            instructions: null | string;
            label: null | string;
            line1: null | string;
            line2: null | string;
            phone: null | string;
            postal_code: null | string;
            recipient_name: null | string;
            region: null | string;
        };
        AddressResponse: {
            city: string;
            country: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int64 */
            id: number;
            instructions: string;
            label: string;
            line1: string;
            line2: string;
            phone: string;
            postal_code: string;
            recipient_name: string;
            region: string;
            region_name: string;
            /** Format: date-time */
            updated_at: string;
        };
        AdResponse: {
            category: string;
            /** Format: date-time */
            created_at: string;
            currency: string;
            description: string;
            /** Format: int64 */
            id: number;
            media_ids: string[];
            /**
             * Format: decimal
             * @description An amount as a decimal string with two decimals, e.g. "185000.00".
             */
            price: string;
            region: string;
            region_name: string;
            seller: components["schemas"]["UserRef"];
            status: string;
            /** Format: int32 */
            stock: number;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        BulkWithdrawRequest: {
            ids: null | number[];
        };
        BulkWithdrawResponse: {
            already_withdrawn: number[];
            not_found: number[];
            withdrawn: number[];
        };
        CategoryNode: {
            children: components["schemas"]["CategoryNode"][];
            name: string;
            slug: string;
        };
        CreateAdRequest: {
            category: null | string;
            currency: null | string;
            description: null | string;
            media_ids: null | string[];
            /**
             * Format: decimal
             * @description An amount: a JSON number or a decimal string with a point, e.g. 185000.5 or "185000.50".
             */
            price: null | number | string;
            region: null | string;
            /** Format: int64 */
            stock: null | number;
            title: null | string;
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
        OrderDeliveryResponse: {
            address: null | components["schemas"]["AddressFields"];
            method: string;
        };
        OrderEventResponse: {
            /** Format: date-time */
            at: string;
            by: null | components["schemas"]["UserRef"];
            note: string;
            role: null | string;
            status: string;
        };
        OrderResponse: {
            /** Format: int64 */
            ad: number;
            ad_title: string;
            buyer: components["schemas"]["UserRef"];
            contact_phone: string;
            /** Format: date-time */
            created_at: string;
            currency: string;
            delivery: components["schemas"]["OrderDeliveryResponse"];
            /** Format: int64 */
            id: number;
            payment_method: string;
            /** Format: int32 */
            quantity: number;
            seller: components["schemas"]["UserRef"];
            status: string;
            timeline?: null | components["schemas"]["OrderEventResponse"][];
            /**
             * Format: decimal
             * @description An amount as a decimal string with two decimals, e.g. "185000.00".
             */
            total: string;
            /**
             * Format: decimal
             * @description An amount as a decimal string with two decimals, e.g. "185000.00".
             */
            unit_price: string;
            /** Format: date-time */
            updated_at: string;
        };
        PagedResponseOfAddressResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["AddressResponse"][];
        };
        PagedResponseOfAdResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["AdResponse"][];
        };
        PagedResponseOfOrderResponse: {
            /** Format: int64 */
            count: number;
            next: null | string;
            previous: null | string;
            results: components["schemas"]["OrderResponse"][];
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
        PurchaseRequest: {
            /** Format: int64 */
            address_id?: null | number;
            contact_phone?: null | string;
            delivery_method?: null | string;
            payment_method?: null | string;
            /** Format: int64 */
            quantity: null | number;
        };
        RegionCountryResponse: {
            code: string;
            currency: string;
            /** Format: int32 */
            currency_decimals: number;
            division_type: string;
            divisions: components["schemas"]["RegionDivisionResponse"][];
            name: string;
        };
        RegionDivisionResponse: {
            code: string;
            name: string;
        };
        ShipRequest: {
            tracking_note: null | string;
        };
        UpdateAdRequest: {
            category: null | string;
            currency: null | string;
            description: null | string;
            media_ids: null | string[];
            /**
             * Format: decimal
             * @description An amount: a JSON number or a decimal string with a point, e.g. 185000.5 or "185000.50".
             */
            price: null | number | string;
            region: null | string;
            status: null | string;
            /** Format: int64 */
            stock: null | number;
            title: null | string;
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
    ListAds: {
        parameters: {
            query?: {
                /** @description A category slug; a top-level category includes its sub-categories. */
                category?: string;
                /** @description csv for every matching ad as a CSV file (administrators); absent for JSON pages. */
                format?: string;
                /** @description true for ads with units left only. */
                in_stock?: string;
                /** @description Highest price, a decimal such as 99.90. */
                max_price?: string;
                /** @description Lowest price, a decimal such as 10.50. */
                min_price?: string;
                /** @description The same as sort, in the Django REST framework's words: -created_at, created_at, price or -price. */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description Words to search for in titles and descriptions (Spanish and English stemming); results ranked by relevance. */
                q?: string;
                /** @description Only ads in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions. */
                region?: string;
                /** @description Only ads of the seller with this user id. */
                seller?: number;
                /** @description Order: relevance, newest, oldest, price, -price (default relevance with ?q=, else newest). */
                sort?: string;
                /** @description Only ads in this status: active, sold_out or withdrawn (administrators see every status). */
                status?: string;
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
                    "application/json": components["schemas"]["PagedResponseOfAdResponse"];
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
    CreateAd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdResponse"];
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
    GetAd: {
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
                    "application/json": components["schemas"]["AdResponse"];
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
    WithdrawAd: {
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
    UpdateAd: {
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
                "application/json": components["schemas"]["UpdateAdRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdResponse"];
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
    PurchaseAd: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text per purchase (a UUID): a retry with the same key answers the order already placed instead of buying twice. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
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
            /** @description The input is well formed but cannot be carried out; `detail` says why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    BulkWithdrawAds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkWithdrawRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkWithdrawResponse"];
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
    ListCategories: {
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
                    "application/json": components["schemas"]["CategoryNode"][];
                };
            };
        };
    };
    ListOrders: {
        parameters: {
            query?: {
                /** @description Only orders of the ad with this id. */
                ad?: number;
                /** @description Only orders placed by this user id. */
                buyer?: number;
                /** @description csv for every matching order as a CSV file (administrators); absent for JSON pages. */
                format?: string;
                /** @description -created_at (default, newest first) or created_at. */
                ordering?: string;
                /** @description The page to return, from 1 (default 1). A page past the last one is empty. */
                page?: number;
                /** @description Items per page, from 1 to 100 (default 20). */
                page_size?: number;
                /** @description buyer: the orders I placed; seller: the orders of my ads; absent: both. */
                role?: string;
                /** @description Only orders of ads sold by this user id. */
                seller?: number;
                /** @description Only orders in this status: placed, shipped, completed or cancelled. */
                status?: string;
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
                    "application/json": components["schemas"]["PagedResponseOfOrderResponse"];
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
    GetOrder: {
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
                    "application/json": components["schemas"]["OrderResponse"];
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
    CancelOrder: {
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
                    "application/json": components["schemas"]["OrderResponse"];
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
        };
    };
    CompleteOrder: {
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
                    "application/json": components["schemas"]["OrderResponse"];
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
        };
    };
    ShipOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the object, as a list or the answer that created it gives it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["ShipRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
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
    ListAddresses: {
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
                    "application/json": components["schemas"]["PagedResponseOfAddressResponse"];
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
    CreateAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressResponse"];
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
    GetAddress: {
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
                    "application/json": components["schemas"]["AddressResponse"];
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
    ReplaceAddress: {
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
                "application/json": components["schemas"]["AddressRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressResponse"];
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
    DeleteAddress: {
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
    ListRegions: {
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
                    "application/json": components["schemas"]["RegionCountryResponse"][];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
