/** The built widget script (dist/widget.js); it exists once the package is built. */
export declare const widgetScript: string;
/** The demo page: a partner's page about Korea Peace Now! with the widget embedded. */
export declare const demoPage: string;
/** operations.json: the widget's GraphQL operations, each `{ query, sha256 }`, trusted by the API. */
export declare const widgetOperations: string;
