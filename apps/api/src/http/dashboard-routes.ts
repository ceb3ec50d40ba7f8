// The admin dashboard at /admin: the built Vue app from @chorus/dashboard. Hashed assets are
// cached for good; every other path under /admin is a client route and gets index.html.
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import { dashboardDist } from '@chorus/dashboard';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface DashboardRoutesOptions {
  /** The built dashboard; @chorus/dashboard's dist when omitted. */
  directory?: string;
}

// The dashboard only talks to this origin; nobody may frame it (clickjacking).
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
} as const;

const FILE_NAME = /\.[a-z0-9]+$/i;

function isFileInside(root: string, path: string): boolean {
  const file = resolve(root, path);
  return file.startsWith(resolve(root) + sep) && existsSync(file);
}

export async function registerDashboardRoutes(
  app: FastifyInstance,
  options: DashboardRoutesOptions = {},
): Promise<void> {
  const root = options.directory ?? dashboardDist;

  function notBuilt(reply: FastifyReply) {
    return reply
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('The dashboard is not built yet: run `npm run build` (or `npm run build -w @chorus/dashboard`).');
  }

  // In a scope of its own, so reply.sendFile does not clash with other static roots.
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false });

    scope.get('/admin', async (request, reply) => reply.redirect(request.url.replace(/^\/admin/, '/admin/')));

    scope.get<{ Params: { '*': string } }>('/admin/*', async (request, reply) => {
      if (!existsSync(join(root, 'index.html'))) return notBuilt(reply);
      const path = request.params['*'];
      if (path.startsWith('assets/')) {
        // File names carry a hash of their content: a changed file is a new name.
        return reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .sendFile(path, { cacheControl: false });
      }
      if (FILE_NAME.test(path) && isFileInside(root, path)) {
        return reply.sendFile(path, { maxAge: '1h' });
      }
      return reply
        .headers(PAGE_HEADERS)
        .header('cache-control', 'no-cache')
        .sendFile('index.html', { cacheControl: false });
    });
  });
}
