/** The folder holding the built dashboard (index.html and assets/), with a trailing slash. */
export declare const dashboardDist: string;
/** src/graphql/generated/persisted-documents.json: the dashboard's operations by hash, trusted by the API. */
export declare const dashboardOperations: string;
