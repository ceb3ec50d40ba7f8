import { problem } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { COMMON_ERRORS, ErrorInterface } from '../../graphql/error-types.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { keysetConnection, keysetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { inTransaction } from '../../graphql/transactions.js';
import { fieldProblem, ValidationError } from '../errors.js';
import { EventRef } from '../events/events.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { EventCancelledError, EventNotFoundError, EventPastError } from './rsvps.errors.js';
import {
  checkIn,
  listAttendees,
  registrationStats,
  type Attendee,
  type RegistrationStats,
} from './attendees.service.js';
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

const AttendeeRef = builder.objectRef<Attendee>('Attendee').implement({
  description:
    'A person registered for an event, as its organisers see them (or, for a partner, one of the people it brought in who agreed to hear from it).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The registration’s id, for checking in.' }),
    name: t.exposeString('name'),
    email: t.exposeString('email', { description: 'Empty once the person’s data is erased.' }),
    country: t.exposeString('country', { nullable: true }),
    locale: t.exposeString('locale'),
    timeZone: t.exposeString('timeZone', { nullable: true }),
    status: t.expose('status', { type: RsvpStatusEnum }),
    partner: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The partner that brought the person in.',
      resolve: (attendee) => attendee.partnerOrganisationId,
    }),
    consentToLead: t.exposeBoolean('consentToLead'),
    consentToPartner: t.exposeBoolean('consentToPartner'),
    registeredAt: t.expose('registeredAt', { type: 'DateTime' }),
    promotedAt: t.expose('promotedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a place freed up and went to this person from the waitlist.',
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    attendedAt: t.expose('attendedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the person was checked in; null if not (yet).',
    }),
    erased: t.exposeBoolean('erased'),
  }),
});

const AttendeeConnection = builder.connectionObject({ type: AttendeeRef, name: 'AttendeeConnection' });

builder.objectField(EventRef, 'attendees', (t) =>
  t.field({
    type: AttendeeConnection,
    description:
      "The people registered, oldest first. Admins, the campaign's runners and the hosting organisation's editors see everyone; a partner's owners and its API keys with events:read and supporters:read see those it brought in who agreed to hear from it. Every read is recorded in the audit log.",
    authScopes: { $any: { signedIn: true, keyScope: 'events:read' } },
    args: {
      ...pageArgs,
      organisationId: t.arg.id({
        required: false,
        description:
          "Only the people this partner brought in who agreed to hear from it. API keys always read their own organisation's.",
      }),
      status: t.arg({ type: RsvpStatusEnum, required: false }),
      attended: t.arg.boolean({
        required: false,
        description: 'Only those checked in (true) or not (false).',
      }),
      email: t.arg.string({ required: false, description: 'Only the registration made with this email.' }),
    },
    resolve: async (event, args, ctx) => {
      const page = keysetPageFrom(args, z.number().int().positive());
      const result = await listAttendees(
        ctx,
        ctx.secrets,
        event,
        {
          organisationId: args.organisationId ? decodeIdOf('Organisation', args.organisationId) : null,
          status: args.status ?? null,
          attended: args.attended ?? null,
          email: args.email ?? null,
        },
        { afterId: page.after, limit: page.limit },
      );
      return keysetConnection(
        result.items.map((attendee) => ({ node: attendee, key: attendee.cursorId })),
        result.hasNextPage,
        page.after !== null,
      );
    },
  }),
);

const DayCountRef = builder.objectRef<{ day: Date; count: number }>('RegistrationDay').implement({
  fields: (t) => ({
    day: t.expose('day', { type: 'DateTime', description: 'The start of the UTC day.' }),
    count: t.exposeInt('count', {
      description: 'Registrations made that day, including later cancelled ones.',
    }),
  }),
});

const RegistrationStatsRef = builder.objectRef<RegistrationStats>('RegistrationStats').implement({
  fields: (t) => ({
    registered: t.exposeInt('registered'),
    waitlisted: t.exposeInt('waitlisted'),
    cancelled: t.exposeInt('cancelled'),
    attended: t.exposeInt('attended', { description: 'Registered people checked in.' }),
    attendanceRate: t.exposeFloat('attendanceRate', {
      nullable: true,
      description: 'attended ÷ registered, from 0 to 1; null while nobody is registered.',
    }),
    perDay: t.field({ type: [DayCountRef], resolve: (stats) => stats.perDay }),
  }),
});

builder.objectField(EventRef, 'registrationStats', (t) =>
  t.field({
    type: RegistrationStatsRef,
    description: 'Registrations over time and the attendance rate; who may read them is as for attendees.',
    authScopes: { $any: { signedIn: true, keyScope: 'events:read' } },
    args: {
      organisationId: t.arg.id({
        required: false,
        description: 'Only the people this partner brought in who agreed to hear from it.',
      }),
    },
    resolve: (event, args, ctx) =>
      registrationStats(
        ctx,
        event,
        args.organisationId ? decodeIdOf('Organisation', args.organisationId) : null,
      ),
  }),
);

const CheckInInput = builder.inputType('CheckInAttendeeInput', {
  fields: (t) => ({
    attendeeId: t.id({ required: true }),
    attended: t.boolean({
      required: false,
      defaultValue: true,
      description: 'false undoes a check-in made by mistake.',
    }),
  }),
});

builder.mutationField('checkInAttendee', (t) =>
  t.field({
    type: AttendeeRef,
    description:
      "Marks a registered person as there (or not). Admins, the campaign's runners and the hosting organisation's editors.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CheckInAttendeeResult' } },
    args: { input: t.arg({ type: CheckInInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const id = z.uuid().safeParse(input.attendeeId);
      if (!id.success) {
        throw new ValidationError([fieldProblem(['attendeeId'], problem('invalidId'))]);
      }
      return inTransaction(ctx, (tx) => checkIn(tx, ctx.secrets, id.data, input.attended ?? true));
    },
  }),
);
