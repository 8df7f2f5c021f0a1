// Generated from docs/openapi/gateway.json by openapi-typescript: do not edit.
// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).

export interface paths {
    "/api/platform/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The services this platform runs
         * @description Each with its public path prefixes, whether it is ready right now (checked at most every few seconds) and its OpenAPI document.
         */
        get: operations["ListPlatformServices"];
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
        PlatformRoute: {
            prefix: string;
            websocket: boolean;
        };
        PlatformService: {
            available: boolean;
            docs: string;
            name: string;
            routes: components["schemas"]["PlatformRoute"][];
        };
        PlatformServicesResponse: {
            services: components["schemas"]["PlatformService"][];
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
    ListPlatformServices: {
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
                    "application/json": components["schemas"]["PlatformServicesResponse"];
                };
            };
        };
    };
}
