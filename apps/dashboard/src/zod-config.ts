// Imported first by main.ts: the page's Content-Security-Policy forbids eval, and zod would
// otherwise probe for it (a reported CSP violation) before falling back to what this selects.
import { z } from 'zod';

z.config({ jitless: true });
