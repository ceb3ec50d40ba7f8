// Where the built widget and the demo page live, so the API serves them through this package
// rather than a path across apps. `npm run build -w @chorus/widget` writes dist/widget.js.
import { fileURLToPath } from 'node:url';

export const widgetScript = fileURLToPath(new URL('./dist/widget.js', import.meta.url));
export const demoPage = fileURLToPath(new URL('./demo/korea-peace-now.html', import.meta.url));
/** The widget's GraphQL operations with their SHA-256: the API's trusted documents. */
export const widgetOperations = fileURLToPath(new URL('./operations.json', import.meta.url));
