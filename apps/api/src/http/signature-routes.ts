// Plain HTTP routes of the signing pipeline: signing without GraphQL, the confirmation page a mail
// links to, the public daily series, and partners' CSV export (the counter is in counter-route.ts).
// They call the services, like GraphQL fields do.
import formBody from '@fastify/formbody';
import { isLocale, localeFromAcceptLanguage, problemMessage, type Locale } from '@chorus/domain';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { confirmSignature, signAppeal } from '../modules/signatures/signatures.service.js';
import {
  AppealClosedError,
  AppealNotFoundError,
  AppealNotOpenError,
  EmbedOriginNotAllowedError,
} from '../modules/signatures/signatures.errors.js';
import { ValidationError } from '../modules/errors.js';
import type { SigningGuard } from '../modules/signatures/signing-guard.js';
import type { SigningBatches } from '../modules/signatures/signing-batches.js';
import { maySeeSupporters } from '../modules/signatures/supporters.service.js';
import type { ExportRunner } from '../modules/exports/export-threads.js';
import { findAppealBySlug } from '../modules/appeals/appeals.service.js';
import { publicDailySeries } from '../modules/signatures/stats.service.js';
import { csvLine } from '../modules/signatures/csv.js';
import { AuthenticationError } from '../modules/access/authentication.js';
import { isAdmin, type Viewer } from '../modules/access/viewer.js';
import { findOrganisationBySlug } from '../modules/organisations/organisations.service.js';
import type { Secrets } from '../modules/privacy/secrets.js';

const PAGE_TEXT: Record<
  Locale,
  {
    title: string;
    ask: string;
    button: string;
    done: (appeal: string) => string;
    expired: string;
    unknown: string;
  }
> = {
  en: {
    title: 'Confirm your signature',
    ask: 'Press the button to confirm your signature.',
    button: 'Confirm my signature',
    done: (appeal) => `Thank you: your signature on “${appeal}” is confirmed.`,
    expired: 'This link has expired. Please sign the appeal again to get a new one.',
    unknown: 'This link is unknown or has been used already.',
  },
  ko: {
    title: '서명 확인',
    ask: '아래 버튼을 눌러 서명을 확인해 주세요.',
    button: '서명 확인하기',
    done: (appeal) => `감사합니다. 「${appeal}」 서명이 확인되었습니다.`,
    expired: '링크가 만료되었습니다. 다시 서명하시면 새 링크를 보내 드립니다.',
    unknown: '알 수 없거나 이미 사용된 링크입니다.',
  },
  ja: {
    title: '署名の確認',
    ask: 'ボタンを押して署名を確認してください。',
    button: '署名を確認する',
    done: (appeal) => `ありがとうございます。「${appeal}」への署名が確認されました。`,
    expired: 'このリンクは有効期限が切れています。もう一度署名すると新しいリンクが届きます。',
    unknown: 'このリンクは不明か、すでに使われています。',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(locale: Locale, body: string): string {
  const text = PAGE_TEXT[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(text.title)}</title><style>body{font:18px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.6rem 1.2rem}</style></head><body><h1>${escapeHtml(text.title)}</h1>${body}</body></html>`;
}

function localeOf(value: unknown): Locale {
  return typeof value === 'string' && isLocale(value) ? value : 'en';
}

export interface SignatureRoutesOptions {
  db: Kysely<Database>;
  secrets: Secrets;
  viewerFor: (request: FastifyRequest) => Promise<Viewer>;
  signingGuard: SigningGuard;
  signingBatches: SigningBatches;
  /** Runs the CSV exports, on worker threads where it can. */
  exports: ExportRunner;
  publicUrlFor: (request: FastifyRequest) => string;
}

/**
 * The HTTP status and JSON body of a signature the service refused, written in `locale`; undefined
 * for other errors.
 */
function signingRefusal(
  error: unknown,
  locale: Locale,
): { status: number; body: Record<string, unknown> } | undefined {
  if (error instanceof ValidationError) {
    const problems = error.problems.map((found) => ({
      path: found.path,
      code: found.code,
      message: problemMessage(found, locale),
    }));
    return { status: 422, body: { error: error.messageIn(locale), type: 'ValidationError', problems } };
  }
  if (error instanceof AppealNotFoundError)
    return { status: 404, body: { error: error.message, type: 'AppealNotFoundError' } };
  if (error instanceof AppealNotOpenError) {
    return {
      status: 409,
      body: {
        error: error.message,
        type: 'AppealNotOpenError',
        opensAt: error.opensAt?.toISOString() ?? null,
      },
    };
  }
  if (error instanceof AppealClosedError)
    return { status: 409, body: { error: error.message, type: 'AppealClosedError' } };
  if (error instanceof EmbedOriginNotAllowedError)
    return { status: 403, body: { error: error.message, type: 'EmbedOriginNotAllowedError' } };
  return undefined;
}

/** Aborted when the client goes away before its answer is complete. */
function whenGone(reply: FastifyReply): AbortSignal {
  const gone = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone.signal;
}

export async function registerSignatureRoutes(
  app: FastifyInstance,
  options: SignatureRoutesOptions,
): Promise<void> {
  const { db, secrets } = options;

  /** The caller, or null after answering 401/403 for bad credentials. */
  async function viewerOrRefusal(request: FastifyRequest, reply: FastifyReply): Promise<Viewer | null> {
    try {
      return await options.viewerFor(request);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      void reply.status(error.status).send({ error: error.message });
      return null;
    }
  }
  await app.register(formBody);

  /**
   * Signs an appeal: the body is signAppeal's input without `appealSlug`, answered with
   * `{ confirmationRequired }` or a refusal naming its type. The same service and rules as the
   * GraphQL mutation, without a GraphQL request's work around it; the widget signs here.
   */
  app.post<{ Params: { slug: string }; Body: unknown }>(
    '/appeals/:slug/signatures',
    async (request, reply) => {
      const body = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return reply.status(400).send({
          error: 'Send the signature as a JSON object: { "name": …, "email": …, "country": …, … }',
          type: 'BadRequest',
        });
      }
      try {
        const result = await signAppeal(
          {
            batches: options.signingBatches,
            secrets,
            guard: options.signingGuard,
            publicUrl: options.publicUrlFor(request),
            ip: request.ip,
            origin: request.headers.origin ?? null,
          },
          { ...body, appealSlug: request.params.slug },
        );
        return reply.status(201).header('cache-control', 'no-store').send(result);
      } catch (error) {
        const refusal = signingRefusal(error, localeFromAcceptLanguage(request.headers['accept-language']));
        if (!refusal) throw error;
        // Vary: the words depend on the language asked for, and CORS on the page's site.
        return reply
          .status(refusal.status)
          .header('cache-control', 'no-store')
          .header('vary', 'Origin, Accept-Language')
          .send(refusal.body);
      }
    },
  );

  // A GET only shows the button: mail scanners that follow links must not confirm anything.
  app.get<{ Querystring: { token?: string; lang?: string } }>('/confirm', async (request, reply) => {
    const locale = localeOf(request.query.lang);
    const token = request.query.token ?? '';
    const text = PAGE_TEXT[locale];
    void reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(
        page(
          locale,
          `<p>${escapeHtml(text.ask)}</p><form method="post" action="/confirm"><input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="lang" value="${locale}"><button type="submit">${escapeHtml(text.button)}</button></form>`,
        ),
      );
  });

  app.post<{ Body: { token?: string; lang?: string } }>('/confirm', async (request, reply) => {
    const result = await confirmSignature(db, String(request.body?.token ?? ''));
    const locale = result.outcome === 'confirmed' ? result.locale : localeOf(request.body?.lang);
    const text = PAGE_TEXT[locale];
    const message =
      result.outcome === 'confirmed'
        ? text.done(result.appealTitle)
        : result.outcome === 'expired'
          ? text.expired
          : text.unknown;
    void reply
      .status(result.outcome === 'confirmed' ? 200 : result.outcome === 'expired' ? 410 : 404)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(page(locale, `<p>${escapeHtml(message)}</p>`));
  });

  // A partner's supporters as CSV, streamed: for a spreadsheet or a CRM import.
  app.get<{ Params: { slug: string }; Querystring: { appeal?: string; confirmedOnly?: string } }>(
    '/organisations/:slug/supporters.csv',
    async (request, reply) => {
      const viewer = await viewerOrRefusal(request, reply);
      if (!viewer) return reply;
      const organisation = await findOrganisationBySlug(db, request.params.slug);
      if (!organisation) return reply.status(404).send({ error: 'There is no such organisation' });
      if (!maySeeSupporters(viewer, organisation.id)) {
        return reply.status(viewer.kind === 'anonymous' ? 401 : 403).send({
          error:
            "Only admins, the organisation's owners and its API keys with supporters:read may export its supporters",
        });
      }
      const lines = options.exports.run(
        {
          kind: 'supporters',
          organisationId: organisation.id,
          filter: {
            appealSlug: request.query.appeal ?? null,
            confirmedOnly: request.query.confirmedOnly !== 'false',
          },
        },
        { viewer, requestId: request.id },
        whenGone(reply),
      );
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${organisation.slug}-supporters.csv"`)
        .type('text/csv; charset=utf-8')
        .send(Readable.from(lines));
    },
  );

  // Every signature of an appeal, for admins.
  app.get<{ Params: { slug: string } }>('/appeals/:slug/signatures.csv', async (request, reply) => {
    const viewer = await viewerOrRefusal(request, reply);
    if (!viewer) return reply;
    if (!isAdmin(viewer)) {
      return reply
        .status(viewer.kind === 'anonymous' ? 401 : 403)
        .send({ error: 'Only admins may export all signatures of an appeal' });
    }
    const ctx = { db, viewer, requestId: request.id };
    const appeal = await findAppealBySlug(ctx, request.params.slug);
    if (!appeal) return reply.status(404).send({ error: 'There is no such appeal' });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${appeal.slug}-signatures.csv"`)
      .type('text/csv; charset=utf-8')
      .send(
        Readable.from(
          options.exports.run(
            { kind: 'appealSignatures', appeal: { id: appeal.id, slug: appeal.slug } },
            { viewer, requestId: request.id },
            whenGone(reply),
          ),
        ),
      );
  });

  // The public daily series: confirmations per UTC day, no personal data.
  app.get<{ Params: { slug: string; format: string } }>(
    '/appeals/:slug/daily.:format',
    async (request, reply) => {
      const { format } = request.params;
      if (format !== 'json' && format !== 'csv')
        return reply.status(404).send({ error: 'Use daily.json or daily.csv' });
      const series = await publicDailySeries(
        { db, viewer: { kind: 'anonymous' }, requestId: request.id },
        request.params.slug,
      );
      if (!series) return reply.status(404).send({ error: 'There is no such appeal' });
      void reply
        .header('cache-control', 'public, max-age=60, stale-while-revalidate=300')
        .header('access-control-allow-origin', '*');
      if (format === 'json') return { appeal: request.params.slug, days: series };
      return reply
        .type('text/csv; charset=utf-8')
        .send(
          [csvLine(['date', 'confirmed']), ...series.map((day) => csvLine([day.date, day.count]))].join(''),
        );
    },
  );
}
