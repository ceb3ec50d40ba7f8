// Security headers on every answer (helmet): a strict Content-Security-Policy for the
// pages Chorus serves (the dashboard, the demo page, the confirmation and registration pages), no
// framing, no MIME sniffing, and HSTS when Chorus is reached over https.
import { createHash } from 'node:crypto';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** Pages may run only their own scripts, and inline ones whose hash is listed (see below). */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Inline style attributes (the confirmation and registration pages use them) are harmless enough.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP source expressions allowing exactly the inline scripts of this page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .map((match) => match[1] ?? '')
    .filter((script) => script.trim() !== '')
    .map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
}

function policyWith(extraScripts: string[]): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) =>
      directive === 'script-src'
        ? `${directive} ${[...sources, ...extraScripts].join(' ')}`
        : `${directive} ${sources.join(' ')}`,
    )
    .join('; ');
}

/** What answers that are not HTML pages say: nothing may run if a browser renders one anyway. */
export const NOT_A_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Helmet's headers for these options. They do not depend on the request, so they are taken once
 * and set on every answer, instead of running helmet's middleware each time.
 */
export function fixedSecurityHeaders(options: { secure: boolean }): Record<string, string> {
  const middleware = helmet({
    // Written per answer below, so that a page's own inline scripts can be allowed by hash.
    contentSecurityPolicy: false,
    strictTransportSecurity: options.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // The widget's script and count are loaded by other sites; those routes say so themselves.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  const headers: Record<string, string> = {};
  middleware(
    {} as IncomingMessage,
    {
      setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
      removeHeader: () => undefined,
    } as unknown as ServerResponse,
    () => undefined,
  );
  return headers;
}

/** Sets `headers` (fixedSecurityHeaders) on every answer, and each answer's CSP. */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  headers: Record<string, string>,
): Promise<void> {
  const fixed = Object.entries(headers);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of fixed) reply.raw.setHeader(name, value);
    done();
  });
  const plain = policyWith([]);
  app.addHook('onSend', (_request, reply, payload, done) => {
    // A route that sets its own policy (the dashboard's) keeps it.
    if (reply.hasHeader('content-security-policy')) return done(null, payload);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html')) {
      // Nothing else Chorus serves is a document: forbid everything if a browser renders it anyway.
      void reply.header('content-security-policy', NOT_A_DOCUMENT_POLICY);
      return done(null, payload);
    }
    const html =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    void reply.header('content-security-policy', html ? policyWith(inlineScriptHashes(html)) : plain);
    done(null, payload);
  });
}
