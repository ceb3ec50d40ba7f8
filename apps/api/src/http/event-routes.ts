// Plain HTTP routes for events: iCalendar files and feeds, and a simple public page per event.
import { isLocale, type Locale } from '@chorus/domain';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { AuthenticationError } from '../modules/access/authentication.js';
import { ANONYMOUS, type Viewer } from '../modules/access/viewer.js';
import { ForbiddenError } from '../modules/errors.js';
import { findCampaignBySlug } from '../modules/campaigns/campaigns.service.js';
import { calendarFor } from '../modules/events/calendar.js';
import { eventsForCalendar, loadEvents } from '../modules/events/events.service.js';
import { formatLocal } from '../modules/events/local-time.js';
import { findOrganisationBySlug } from '../modules/organisations/organisations.service.js';
import type { Secrets } from '../modules/privacy/secrets.js';
import { attendeeScope, attendeesCsv } from '../modules/rsvps/attendees.service.js';
import { cancelRsvp, viewRsvp, type ManagedRsvp } from '../modules/rsvps/rsvps.service.js';
import { translate } from '../modules/translations.js';

const RSVP_STATUS_WORDS: Record<Locale, Record<ManagedRsvp['status'] | 'cancel', string>> = {
  en: {
    registered: 'You are registered.',
    waitlisted: 'You are on the waitlist.',
    cancelled: 'Your registration is cancelled.',
    cancel: 'Cancel my registration',
  },
  ko: {
    registered: '참가 신청이 완료되었습니다.',
    waitlisted: '대기자 명단에 있습니다.',
    cancelled: '신청이 취소되었습니다.',
    cancel: '신청 취소하기',
  },
  ja: {
    registered: '参加登録済みです。',
    waitlisted: 'キャンセル待ちです。',
    cancelled: '登録は取り消されました。',
    cancel: '登録を取り消す',
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export async function registerEventRoutes(
  app: FastifyInstance,
  options: {
    db: Kysely<Database>;
    secrets: Secrets;
    publicUrlFor: (request: FastifyRequest) => string;
    /** Who is calling, from an API key or a session cookie; throws AuthenticationError. */
    viewerFor: (request: FastifyRequest) => Promise<Viewer>;
  },
): Promise<void> {
  // Calendars are public: they list what anyone may see.
  const ctx = (request: FastifyRequest) => ({ db: options.db, viewer: ANONYMOUS, requestId: request.id });
  const localeOf = (request: FastifyRequest): Locale | null => {
    const lang = (request.query as { lang?: string }).lang;
    return lang && isLocale(lang) ? lang : null;
  };
  const sendCalendar = (reply: FastifyReply, filename: string, body: string) =>
    reply
      .header('cache-control', 'public, max-age=300')
      .header('content-disposition', `inline; filename="${filename}"`)
      .type('text/calendar; charset=utf-8')
      .send(body);

  app.get<{ Params: { id: string } }>('/events/:id.ics', async (request, reply) => {
    if (!UUID.test(request.params.id)) return reply.status(404).send({ error: 'There is no such event' });
    const [event] = await loadEvents(ctx(request), [request.params.id]);
    if (!event) return reply.status(404).send({ error: 'There is no such event' });
    const locale = localeOf(request);
    return sendCalendar(
      reply,
      `${event.id}.ics`,
      calendarFor([event], {
        name: translate(event, locale).title,
        publicUrl: options.publicUrlFor(request),
        locale,
      }),
    );
  });

  // Everyone registered for an event (organisers), or the people a partner brought in who agreed
  // to hear from it, as CSV streamed a page at a time.
  app.get<{
    Params: { id: string };
    Querystring: { organisation?: string; status?: string; attended?: string };
  }>('/events/:id/attendees.csv', async (request, reply) => {
    let viewer: Viewer;
    try {
      viewer = await options.viewerFor(request);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      return reply.status(error.status).send({ error: error.message });
    }
    if (viewer.kind === 'anonymous') {
      return reply.status(401).send({ error: 'Sign in, or send an API key, to export attendees' });
    }
    const serviceContext = { db: options.db, viewer, requestId: request.id };
    if (!UUID.test(request.params.id)) return reply.status(404).send({ error: 'There is no such event' });
    const [event] = await loadEvents(serviceContext, [request.params.id]);
    if (!event) return reply.status(404).send({ error: 'There is no such event' });
    const { organisation, status, attended } = request.query;
    if (status !== undefined && !['registered', 'waitlisted', 'cancelled'].includes(status)) {
      return reply.status(400).send({ error: 'status is one of registered, waitlisted, cancelled' });
    }
    if (attended !== undefined && attended !== 'true' && attended !== 'false') {
      return reply.status(400).send({ error: 'attended is true or false' });
    }
    let organisationId: string | null = null;
    if (organisation !== undefined) {
      const found = await findOrganisationBySlug(options.db, organisation);
      if (!found) return reply.status(404).send({ error: 'There is no such organisation' });
      organisationId = found.id;
    }
    const query = {
      organisationId,
      status: (status ?? null) as 'registered' | 'waitlisted' | 'cancelled' | null,
      attended: attended === undefined ? null : attended === 'true',
      email: null,
    };
    try {
      // Refuse before streaming starts, so a refusal is a clear 403 and not a broken download.
      await attendeeScope(serviceContext, event, organisationId);
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      return reply.status(403).send({ error: error.message });
    }
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="event-${event.id}-attendees.csv"`)
      .type('text/csv; charset=utf-8')
      .send(Readable.from(attendeesCsv(serviceContext, options.secrets, event, query)));
  });

  app.get<{ Params: { slug: string } }>('/campaigns/:slug/events.ics', async (request, reply) => {
    const campaign = await findCampaignBySlug(ctx(request), request.params.slug);
    if (!campaign) return reply.status(404).send({ error: 'There is no such campaign' });
    const locale = localeOf(request);
    const events = await eventsForCalendar(ctx(request), { campaignId: campaign.id });
    return sendCalendar(
      reply,
      `${campaign.slug}.ics`,
      calendarFor(events, {
        name: translate(campaign, locale).title,
        publicUrl: options.publicUrlFor(request),
        locale,
      }),
    );
  });

  app.get<{ Params: { slug: string } }>('/organisations/:slug/events.ics', async (request, reply) => {
    const organisation = await findOrganisationBySlug(options.db, request.params.slug);
    if (!organisation) return reply.status(404).send({ error: 'There is no such organisation' });
    const events = await eventsForCalendar(ctx(request), { organisationId: organisation.id });
    return sendCalendar(
      reply,
      `${organisation.slug}.ics`,
      calendarFor(events, {
        name: organisation.name,
        publicUrl: options.publicUrlFor(request),
        locale: localeOf(request),
      }),
    );
  });

  // A registration's private page: its state, and a button to cancel (a POST: link scanners
  // following the mail's link must not cancel anything).
  const rsvpPage = (reply: FastifyReply, token: string, rsvp: ManagedRsvp | null, status = 200) => {
    const body = rsvp
      ? `<h1>${escapeHtml(rsvp.eventTitle)}</h1><p>${escapeHtml(rsvp.eventTime)}</p><p><strong>${escapeHtml(
          RSVP_STATUS_WORDS[rsvp.locale][rsvp.status],
        )}</strong></p>${
          rsvp.joinUrl ? `<p><a href="${escapeHtml(rsvp.joinUrl)}">${escapeHtml(rsvp.joinUrl)}</a></p>` : ''
        }${
          rsvp.status === 'cancelled'
            ? ''
            : `<form method="post" action="/rsvp/cancel"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(
                RSVP_STATUS_WORDS[rsvp.locale].cancel,
              )}</button></form>`
        }`
      : '<p>This link is unknown.</p>';
    return reply
      .status(rsvp ? status : 404)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="${rsvp?.locale ?? 'en'}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chorus</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">${body}</body></html>`,
      );
  };
  app.get<{ Querystring: { token?: string } }>('/rsvp', async (request, reply) => {
    const token = request.query.token ?? '';
    return rsvpPage(reply, token, await viewRsvp(options.db, token));
  });
  app.post<{ Body: { token?: string } }>('/rsvp/cancel', async (request, reply) => {
    const token = String(request.body?.token ?? '');
    const rsvp = await cancelRsvp(
      { db: options.db, secrets: options.secrets, publicUrl: options.publicUrlFor(request), ip: request.ip },
      token,
    );
    return rsvpPage(reply, token, rsvp);
  });

  // The page calendars link back to.
  app.get<{ Params: { id: string } }>('/events/:id', async (request, reply) => {
    if (!UUID.test(request.params.id)) return reply.status(404).send({ error: 'There is no such event' });
    const [event] = await loadEvents(ctx(request), [request.params.id]);
    if (!event) return reply.status(404).send({ error: 'There is no such event' });
    const locale = localeOf(request) ?? event.defaultLocale;
    const text = translate(event, locale);
    const place = [event.venue, event.address].filter(Boolean).join(', ');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="${text.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(text.title)}</h1>${
          event.status === 'cancelled' ? '<p><strong>Cancelled</strong></p>' : ''
        }<p><time datetime="${event.startsAt.toISOString()}">${escapeHtml(formatLocal(event.startsAt, event.timeZone))}</time> – <time datetime="${event.endsAt.toISOString()}">${escapeHtml(formatLocal(event.endsAt, event.timeZone))}</time> (${escapeHtml(event.timeZone)})</p>${
          place ? `<p>${escapeHtml(place)}</p>` : ''
        }<p>${escapeHtml(text.description)}</p><p><a href="/events/${event.id}.ics">Add to calendar</a></p></body></html>`,
      );
  });
}
