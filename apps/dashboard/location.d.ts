/** The folder holding the built dashboard (index.html and assets/), with a trailing slash. */
export declare const dashboardDist: string;
