// Where the built dashboard lives, so the API serves it through this package rather than a path
// across apps. `npm run build -w @chorus/dashboard` fills it.
import { fileURLToPath } from 'node:url';

export const dashboardDist = fileURLToPath(new URL('./dist/', import.meta.url));
/** Every GraphQL operation of the dashboard by its hash (graphql-codegen): the API trusts them. */
export const dashboardOperations = fileURLToPath(
  new URL('./src/graphql/generated/persisted-documents.json', import.meta.url),
);
