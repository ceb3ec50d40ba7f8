import { builder } from '../../graphql/builder.js';
import { ErrorInterface } from '../../graphql/error-types.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { ValidationError } from '../errors.js';
import { EventRef } from '../events/events.schema.js';
import { EventCancelledError, EventNotFoundError, EventPastError } from './rsvps.errors.js';
import { cancelRsvp, loadRsvpCounts, rsvpEvent } from './rsvps.service.js';

for (const [error, name, description] of [
  [EventNotFoundError, 'EventNotFoundError', 'There is no published event with this id.'],
  [EventCancelledError, 'EventCancelledError', 'The event is cancelled.'],
  [EventPastError, 'EventPastError', 'The event has already taken place.'],
] as const) {
  builder.objectType(error, { name, description, interfaces: [ErrorInterface] });
}

const RsvpStatusEnum = builder.enumType('RsvpStatus', {
  values: {
    REGISTERED: { value: 'registered', description: 'A place is booked.' },
    WAITLISTED: {
      value: 'waitlisted',
      description: 'On the waitlist; promoted automatically when a place frees up.',
    },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

const RsvpInput = builder.inputType('RsvpEventInput', {
  fields: (t) => ({
    eventId: t.id({ required: true, description: 'The event’s global id.' }),
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    country: t.string({ required: false }),
    locale: t.string({ required: true }),
    timeZone: t.string({
      required: false,
      description: 'The registrant’s IANA zone, for times in their mails.',
    }),
    consentToLead: t.boolean({ required: true }),
    consentToPartner: t.boolean({ required: false, defaultValue: false }),
    partnerSlug: t.string({ required: false }),
  }),
});

const RsvpSuccess = builder.objectRef<{ status: 'registered' | 'waitlisted' }>('RsvpEventSuccess').implement({
  description:
    'The registration is recorded and a mail with a private link is on its way. Registering again gives the same answer.',
  fields: (t) => ({ status: t.expose('status', { type: RsvpStatusEnum }) }),
});

const RsvpCountsRef = builder
  .objectRef<{ registered: number; waitlisted: number; capacity: number | null }>('RsvpCounts')
  .implement({
    fields: (t) => ({
      registered: t.exposeInt('registered'),
      waitlisted: t.exposeInt('waitlisted'),
      placesLeft: t.int({
        nullable: true,
        description: 'Null when the event has no capacity limit.',
        resolve: (counts) =>
          counts.capacity === null ? null : Math.max(0, counts.capacity - counts.registered),
      }),
    }),
  });

builder.objectField(EventRef, 'registrations', (t) =>
  t.loadable({
    type: RsvpCountsRef,
    description: 'How many are registered and waiting, and the places left.',
    load: async (eventIds: string[], ctx) => loadRsvpCounts(ctx.db, eventIds),
    resolve: (event) => event.id,
  }),
);

builder.mutationFields((t) => ({
  rsvpEvent: t.field({
    type: RsvpSuccess,
    description: 'Registers for an event; when it is full, joins the waitlist. Anyone may call it.',
    errors: {
      types: [ValidationError, EventNotFoundError, EventCancelledError, EventPastError],
      directResult: true,
      union: { name: 'RsvpEventResult' },
    },
    args: { input: t.arg({ type: RsvpInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      rsvpEvent(
        { db: ctx.db, secrets: ctx.secrets, publicUrl: ctx.publicUrl, ip: ctx.client.ip },
        { ...input, eventId: decodeIdOf('Event', input.eventId) },
      ),
  }),
  cancelRsvp: t.field({
    type: RsvpStatusEnum,
    nullable: true,
    description: 'Cancels a registration with the token from its private link; null for an unknown token.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) =>
      (
        await cancelRsvp(
          { db: ctx.db, secrets: ctx.secrets, publicUrl: ctx.publicUrl, ip: ctx.client.ip },
          token,
        )
      )?.status ?? null,
  }),
}));
