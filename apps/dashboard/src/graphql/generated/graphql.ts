/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** Your name, when you do not have an account yet. */
  name?: string | null | undefined;
  /** A new password, or the password of your existing account. */
  password: string;
  /** The code from the invitation email. */
  token: string;
};

/** What a partner API key may read or do. */
export type ApiKeyScope =
  | 'CAMPAIGNS_READ'
  | 'EVENTS_READ'
  | 'STATS_READ'
  | 'SUPPORTERS_READ'
  | 'WEBHOOKS_MANAGE';

/** Whether an appeal takes signatures. Drafts are not public. */
export type AppealStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** An appeal's texts in one language. */
export type AppealTranslationInput = {
  body: string;
  consentText: string;
  locale: string;
  /** Whom the appeal addresses. */
  target: string;
  title: string;
};

/** Where a campaign is in its life. Draft and archived campaigns are not public. */
export type CampaignStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PAUSED';

/** A campaign's texts in one language. */
export type CampaignTranslationInput = {
  description?: string | null | undefined;
  locale: string;
  summary: string;
  title: string;
};

export type ChangeMemberRoleInput = {
  email: string;
  organisationId: string | number;
  role: MembershipRole;
};

export type CheckInAttendeeInput = {
  /** false undoes a check-in made by mistake. */
  attended?: boolean | null | undefined;
  attendeeId: string | number;
};

export type CreateApiKeyInput = {
  /** When the key stops working; never when omitted. */
  expiresAt?: string | null | undefined;
  /** What the key is for, like "CRM sync". */
  name: string;
  organisationId: string | number;
  scopes: Array<ApiKeyScope>;
};

export type CreateAppealInput = {
  /** Origins (scheme, host and port, like https://www.wilpf.org) whose pages may embed the widget; empty or left out for any site. */
  allowedEmbedOrigins?: Array<string> | null | undefined;
  campaignSlug: string;
  closesAt?: string | null | undefined;
  commentField?: FormFieldMode | null | undefined;
  defaultLocale: string;
  goal?: number | null | undefined;
  opensAt?: string | null | undefined;
  postcodeField?: FormFieldMode | null | undefined;
  slug: string;
  status?: AppealStatus | null | undefined;
  translations: Array<AppealTranslationInput>;
};

export type CreateCampaignInput = {
  defaultLocale: string;
  endsAt?: string | null | undefined;
  /** The organisation that leads the campaign. */
  leadOrganisationSlug: string;
  slug: string;
  startsAt?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
  translations: Array<CampaignTranslationInput>;
};

export type CreateEventInput = {
  /** Required for in-person and hybrid events. */
  address?: string | null | undefined;
  campaignSlug: string;
  capacity?: number | null | undefined;
  defaultLocale: string;
  endsAt: string;
  format: EventFormat;
  hostOrganisationSlug: string;
  /** How to join online; shown to registrants only. */
  joinUrl?: string | null | undefined;
  startsAt: string;
  /** IANA zone the event is local to, like Asia/Seoul. */
  timeZone: string;
  translations: Array<EventTranslationInput>;
  venue?: string | null | undefined;
};

/** Where people attend an event. */
export type EventFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** Whether an event goes ahead. */
export type EventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'SCHEDULED';

/** An event's texts in one language. */
export type EventTranslationInput = {
  description?: string | null | undefined;
  locale: string;
  title: string;
};

/** Whether a signing form asks for a piece of information (OPTIONAL, REQUIRED) or not (HIDDEN). */
export type FormFieldMode =
  | 'HIDDEN'
  | 'OPTIONAL'
  | 'REQUIRED';

/** Which signatures of an appeal to invalidate: give at least one filter. */
export type InvalidateSignaturesInput = {
  appealSlug: string;
  emailDomain?: string | null | undefined;
  ipHash?: string | null | undefined;
  reason: string;
  signedAfter?: string | null | undefined;
  signedBefore?: string | null | undefined;
};

export type InviteMemberInput = {
  email: string;
  organisationId: string | number;
  role: MembershipRole;
};

export type InvitePartnerInput = {
  campaignSlug: string;
  organisationSlug: string;
  role?: PartnershipRole | null | undefined;
};

/** One member of an organisation, by the email they sign in with. */
export type MemberInput = {
  email: string;
  organisationId: string | number;
};

/** A person’s role in an organisation: owners manage members and keys, editors change campaigns, viewers read. */
export type MembershipRole =
  | 'EDITOR'
  | 'OWNER'
  | 'VIEWER';

/** What an organisation is to a campaign. */
export type PartnershipRole =
  | 'LEAD'
  | 'PARTNER'
  | 'SUPPORTER';

/** Whether an organisation has joined a campaign. Only active partnerships are public. */
export type PartnershipStatus =
  | 'ACTIVE'
  | 'INVITED'
  | 'LEFT';

export type RevokeInvitationInput = {
  invitationId: string | number;
  organisationId: string | number;
};

export type RsvpStatus =
  | 'CANCELLED'
  /** A place is booked. */
  | 'REGISTERED'
  /** On the waitlist; promoted automatically when a place frees up. */
  | 'WAITLISTED';

export type SignInInput = {
  email: string;
  password: string;
};

/** Where a signature stands: waiting for confirmation, counted, set apart as suspect, or invalid. */
export type SignatureStatus =
  /** Confirmed; counted. */
  | 'CONFIRMED'
  /** Invalidated by an admin; not counted. */
  | 'INVALID'
  /** Waiting for the signer to confirm from the mail. */
  | 'PENDING'
  /** Accepted quietly but not counted: a block, a bot trap or a limit. */
  | 'SUSPECT';

export type StatsInterval =
  | 'DAY'
  | 'HOUR';

/** Why the organisation may see this supporter. */
export type SupporterVia =
  /** The organisation leads the campaign; the signer agreed to hear from the lead. */
  | 'LEAD'
  /** The organisation brought the signer in; the signer agreed to hear from it. */
  | 'PARTNER';

/** Fields left out stay as they are. Changing the consent text in any language starts a new consent version. */
export type UpdateAppealInput = {
  /** Replaces the list of sites that may embed the widget; an empty list allows any site. */
  allowedEmbedOrigins?: Array<string> | null | undefined;
  closesAt?: string | null | undefined;
  commentField?: FormFieldMode | null | undefined;
  defaultLocale?: string | null | undefined;
  goal?: number | null | undefined;
  id: string | number;
  opensAt?: string | null | undefined;
  postcodeField?: FormFieldMode | null | undefined;
  removeLocales?: Array<string> | null | undefined;
  slug?: string | null | undefined;
  translations?: Array<AppealTranslationInput> | null | undefined;
};

/** Fields left out stay as they are. Each translation given replaces that language’s texts. */
export type UpdateCampaignInput = {
  defaultLocale?: string | null | undefined;
  endsAt?: string | null | undefined;
  id: string | number;
  /** Languages whose texts are removed. */
  removeLocales?: Array<string> | null | undefined;
  slug?: string | null | undefined;
  startsAt?: string | null | undefined;
  translations?: Array<CampaignTranslationInput> | null | undefined;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateEventInput = {
  address?: string | null | undefined;
  capacity?: number | null | undefined;
  defaultLocale?: string | null | undefined;
  endsAt?: string | null | undefined;
  format?: EventFormat | null | undefined;
  hostOrganisationSlug?: string | null | undefined;
  id: string | number;
  joinUrl?: string | null | undefined;
  removeLocales?: Array<string> | null | undefined;
  startsAt?: string | null | undefined;
  timeZone?: string | null | undefined;
  translations?: Array<EventTranslationInput> | null | undefined;
  venue?: string | null | undefined;
};

/** How the caller is authenticated. */
export type ViewerKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type PickerCampaignsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type PickerCampaignsQuery = { campaigns: { edges: Array<{ node: { id: string, slug: string, title: string } }> } };

export type PickerAppealsQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type PickerAppealsQuery = { campaign: { id: string, leadOrganisation: { id: string }, partners: { edges: Array<{ node: { id: string, organisation: { id: string, slug: string, name: string } } }> }, appeals: { edges: Array<{ node: { id: string, slug: string, status: AppealStatus, title: string } }> } } | null };

export type AppealCampaignQueryVariables = Exact<{
  slug: string;
}>;


export type AppealCampaignQuery = { appeal: { id: string, campaign: { slug: string } } | null };

type Refusal_AppealClosedError_Fragment = { message: string };

type Refusal_AppealNotFoundError_Fragment = { message: string };

type Refusal_AppealNotOpenError_Fragment = { message: string };

type Refusal_ConflictError_Fragment = { message: string };

type Refusal_EmbedOriginNotAllowedError_Fragment = { message: string };

type Refusal_EventCancelledError_Fragment = { message: string };

type Refusal_EventNotFoundError_Fragment = { message: string };

type Refusal_EventPastError_Fragment = { message: string };

type Refusal_ForbiddenError_Fragment = { message: string };

type Refusal_InvalidCredentialsError_Fragment = { message: string };

type Refusal_InvalidStateError_Fragment = { message: string };

type Refusal_NotFoundError_Fragment = { message: string };

type Refusal_TooManyAttemptsError_Fragment = { message: string };

type Refusal_ValidationError_Fragment = { message: string, problems: Array<{ path: Array<string>, message: string }> };

export type RefusalFragment =
  | Refusal_AppealClosedError_Fragment
  | Refusal_AppealNotFoundError_Fragment
  | Refusal_AppealNotOpenError_Fragment
  | Refusal_ConflictError_Fragment
  | Refusal_EmbedOriginNotAllowedError_Fragment
  | Refusal_EventCancelledError_Fragment
  | Refusal_EventNotFoundError_Fragment
  | Refusal_EventPastError_Fragment
  | Refusal_ForbiddenError_Fragment
  | Refusal_InvalidCredentialsError_Fragment
  | Refusal_InvalidStateError_Fragment
  | Refusal_NotFoundError_Fragment
  | Refusal_TooManyAttemptsError_Fragment
  | Refusal_ValidationError_Fragment
;

export type AppealQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type AppealQuery = { appeal: { id: string, slug: string, status: AppealStatus, title: string, target: string, body: string, consentText: string, consentVersion: string, goal: number | null, opensAt: string | null, closesAt: string | null, postcodeField: FormFieldMode, commentField: FormFieldMode, defaultLocale: string, availableLocales: Array<string>, signatureCount: number, consentVersions: Array<{ version: string, createdAt: string, text: string | null }>, campaign: { id: string, slug: string, status: CampaignStatus, title: string, leadOrganisation: { id: string } } } | null };

export type AppealCountQueryVariables = Exact<{
  slug: string;
}>;


export type AppealCountQuery = { appeal: { id: string, signatureCount: number, goal: number | null } | null };

export type AppealTextsQueryVariables = Exact<{
  slug: string;
}>;


export type AppealTextsQuery = { appeal: { id: string, slug: string, goal: number | null, opensAt: string | null, closesAt: string | null, consentVersion: string, postcodeField: FormFieldMode, commentField: FormFieldMode, defaultLocale: string, availableLocales: Array<string>, en: string, enTarget: string, enBody: string, enConsent: string, ko: string, koTarget: string, koBody: string, koConsent: string, ja: string, jaTarget: string, jaBody: string, jaConsent: string, campaign: { slug: string, leadOrganisation: { id: string } } } | null };

export type CampaignForAppealQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type CampaignForAppealQuery = { campaign: { id: string, slug: string, title: string, defaultLocale: string, leadOrganisation: { id: string } } | null };

export type CreateAppealMutationVariables = Exact<{
  input: CreateAppealInput;
}>;


export type CreateAppealMutation = { createAppeal:
    | { __typename: 'Appeal', id: string, slug: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateAppealMutationVariables = Exact<{
  input: UpdateAppealInput;
}>;


export type UpdateAppealMutation = { updateAppeal:
    | { __typename: 'Appeal', id: string, slug: string, consentVersion: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type SetAppealStatusMutationVariables = Exact<{
  id: string | number;
  status: AppealStatus;
}>;


export type SetAppealStatusMutation = { setAppealStatus:
    | { __typename: 'Appeal', id: string, status: AppealStatus }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AppealEmbedQueryVariables = Exact<{
  slug: string;
}>;


export type AppealEmbedQuery = { appeal: { id: string, slug: string, allowedEmbedOrigins: Array<string>, campaign: { id: string, partners: { edges: Array<{ node: { id: string, status: PartnershipStatus, organisation: { id: string, slug: string, name: string } } }> } } } | null };

export type UpdateEmbedOriginsMutationVariables = Exact<{
  input: UpdateAppealInput;
}>;


export type UpdateEmbedOriginsMutation = { updateAppeal:
    | { __typename: 'Appeal', id: string, allowedEmbedOrigins: Array<string> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type CampaignListQueryVariables = Exact<{
  status?: CampaignStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: string | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { edges: Array<{ node: { id: string, slug: string, status: CampaignStatus, title: string, summary: string, startsAt: string | null, endsAt: string | null, leadOrganisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CampaignQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type CampaignQuery = { campaign: { id: string, slug: string, status: CampaignStatus, title: string, summary: string, description: string, defaultLocale: string, availableLocales: Array<string>, startsAt: string | null, endsAt: string | null, leadOrganisation: { id: string, slug: string, name: string }, partners: { edges: Array<{ node: { id: string, role: PartnershipRole, status: PartnershipStatus, since: string, organisation: { id: string, slug: string, name: string, country: string | null } } }> }, appeals: { edges: Array<{ node: { id: string, slug: string, status: AppealStatus, title: string, goal: number | null, signatureCount: number } }> }, events: { edges: Array<{ node: { id: string, status: EventStatus, title: string, startsAt: string, timeZone: string } }> } } | null };

export type CampaignTextsQueryVariables = Exact<{
  slug: string;
}>;


export type CampaignTextsQuery = { campaign: { id: string, slug: string, status: CampaignStatus, defaultLocale: string, availableLocales: Array<string>, startsAt: string | null, endsAt: string | null, en: string, enSummary: string, enDescription: string, ko: string, koSummary: string, koDescription: string, ja: string, jaSummary: string, jaDescription: string, leadOrganisation: { id: string, slug: string, name: string } } | null };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign:
    | { __typename: 'Campaign', id: string, slug: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign:
    | { __typename: 'Campaign', id: string, slug: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type SetCampaignStatusMutationVariables = Exact<{
  id: string | number;
  status: CampaignStatus;
}>;


export type SetCampaignStatusMutation = { setCampaignStatus:
    | { __typename: 'Campaign', id: string, status: CampaignStatus }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type InvitePartnerMutationVariables = Exact<{
  input: InvitePartnerInput;
}>;


export type InvitePartnerMutation = { invitePartner:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'Partnership', id: string, status: PartnershipStatus }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AcceptPartnershipMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptPartnershipMutation = { acceptPartnership:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'Partnership', id: string, status: PartnershipStatus }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RemovePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePartnerMutation = { removePartner:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'Partnership', id: string, status: PartnershipStatus }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type PartnerContributionsQueryVariables = Exact<{
  appealSlug: string;
}>;


export type PartnerContributionsQuery = { appealStats: { byPartner: Array<{ count: number, organisation: { id: string } | null }> | null } };

export type PendingPartnershipsQueryVariables = Exact<{
  organisationIds: Array<string | number> | string | number;
  locale?: string | null | undefined;
}>;


export type PendingPartnershipsQuery = { nodes: Array<
    | { id: string, name: string, pendingPartnerships: Array<{ id: string, role: PartnershipRole, invitedBy: string | null, campaign: { id: string, slug: string, title: string, leadOrganisation: { id: string, name: string } } }> }
    | Record<PropertyKey, never>
   | null> };

export type CampaignEventsQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type CampaignEventsQuery = { campaign: { id: string, slug: string, title: string, leadOrganisation: { id: string }, events: { edges: Array<{ node: { id: string, status: EventStatus, format: EventFormat, title: string, startsAt: string, timeZone: string, venue: string | null, capacity: number | null, host: { name: string }, registrations: { registered: number, waitlisted: number, placesLeft: number | null } } }> } } | null };

export type EventQueryVariables = Exact<{
  id: string | number;
  locale?: string | null | undefined;
}>;


export type EventQuery = { event: { id: string, status: EventStatus, format: EventFormat, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, venue: string | null, address: string | null, capacity: number | null, joinUrl: string | null, calendarUrl: string, host: { id: string, name: string }, campaign: { id: string, slug: string, title: string, leadOrganisation: { id: string } }, registrations: { registered: number, waitlisted: number, placesLeft: number | null } } | null };

export type EventTextsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventTextsQuery = { event: { id: string, format: EventFormat, startsAt: string, endsAt: string, timeZone: string, venue: string | null, address: string | null, capacity: number | null, joinUrl: string | null, defaultLocale: string, availableLocales: Array<string>, en: string, enDescription: string, ko: string, koDescription: string, ja: string, jaDescription: string, host: { slug: string }, campaign: { slug: string, leadOrganisation: { id: string } } } | null };

export type EventCampaignQueryVariables = Exact<{
  slug: string;
  locale?: string | null | undefined;
}>;


export type EventCampaignQuery = { campaign: { id: string, slug: string, title: string, defaultLocale: string, leadOrganisation: { id: string, slug: string }, partners: { edges: Array<{ node: { id: string, status: PartnershipStatus, organisation: { id: string, slug: string, name: string } } }> } } | null };

export type AttendeesQueryVariables = Exact<{
  id: string | number;
  organisationId?: string | number | null | undefined;
  status?: RsvpStatus | null | undefined;
  attended?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AttendeesQuery = { event: { id: string, attendees: { edges: Array<{ node: { id: string, name: string, email: string, country: string | null, status: RsvpStatus, registeredAt: string, attendedAt: string | null, erased: boolean, partner: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEventMutation = { cancelEvent:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Event', id: string, status: EventStatus }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type CheckInMutationVariables = Exact<{
  input: CheckInAttendeeInput;
}>;


export type CheckInMutation = { checkInAttendee:
    | { __typename: 'Attendee', id: string, attendedAt: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AppealInsightQueryVariables = Exact<{
  appealSlug: string;
  organisationId?: string | number | null | undefined;
  interval?: StatsInterval | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AppealInsightQuery = { appealStats: { overTime: Array<{ start: string, count: number }>, overTimeByPartner: Array<{ organisation: { id: string, name: string } | null, buckets: Array<{ start: string, count: number }> }> | null, byCountry: Array<{ country: string, count: number }>, byPartner: Array<{ count: number, organisation: { id: string, name: string } | null }> | null, funnel: { submitted: number, confirmed: number, pending: number, suspect: number, invalid: number } } };

export type MembersQueryVariables = Exact<{
  slug: string;
}>;


export type MembersQuery = { organisation: { id: string, name: string, members: Array<{ name: string, email: string, role: MembershipRole, since: string }> } | null };

export type InvitationsQueryVariables = Exact<{
  slug: string;
}>;


export type InvitationsQuery = { organisation: { id: string, invitations: Array<{ id: string, email: string, role: MembershipRole, invitedAt: string, expiresAt: string }> } | null };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'Member', email: string, role: MembershipRole }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RemoveMemberMutationVariables = Exact<{
  input: MemberInput;
}>;


export type RemoveMemberMutation = { removeMember:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'Member', email: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'Invitation', email: string, role: MembershipRole, expiresAt: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApiKeysQueryVariables = Exact<{
  slug: string;
}>;


export type ApiKeysQuery = { organisation: { id: string, name: string, apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null }> } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreateApiKeySuccess', secret: string, apiKey: { id: string, name: string } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', id: string, revokedAt: string | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type AuditLogQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  action?: string | null | undefined;
  actor?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { occurredAt: string, actorType: string, actor: string, action: string, targetType: string | null, targetId: string | null, requestId: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OutboxQueryVariables = Exact<{
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OutboxQuery = { outbox: { edges: Array<{ node: { kind: string, to: string, subject: string, text: string, createdAt: string, sentAt: string | null, failedAt: string | null, attempts: number, lastError: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptInvitationSuccess', role: MembershipRole, organisation: { name: string } }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type SignaturesQueryVariables = Exact<{
  appealSlug: string;
  status?: SignatureStatus | null | undefined;
  partnerSlug?: string | null | undefined;
  country?: string | null | undefined;
  email?: string | null | undefined;
  ipHash?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SignaturesQuery = { signatures: { edges: Array<{ node: { id: string, name: string, email: string, emailDomain: string | null, country: string, postcode: string | null, comment: string | null, locale: string, status: SignatureStatus, suspectReason: string | null, partnerSlug: string | null, consentToLead: boolean, consentToPartner: boolean, consentVersion: string, signedAt: string, confirmedAt: string | null, erasedAt: string | null, ipHash: string | null, utmSource: string | null, utmMedium: string | null, utmCampaign: string | null, referrer: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InvalidateSignatureMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type InvalidateSignatureMutation = { invalidateSignature:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'Signature', id: string, status: SignatureStatus }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type InvalidationPreviewQueryVariables = Exact<{
  appealSlug: string;
  ipHash?: string | null | undefined;
  emailDomain?: string | null | undefined;
  signedAfter?: string | null | undefined;
  signedBefore?: string | null | undefined;
}>;


export type InvalidationPreviewQuery = { signaturesToInvalidate: number };

export type InvalidateSignaturesMutationVariables = Exact<{
  input: InvalidateSignaturesInput;
}>;


export type InvalidateSignaturesMutation = { invalidateSignatures:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SignaturesInvalidated', invalidated: number }
    | { __typename: 'ValidationError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ExportSizeQueryVariables = Exact<{
  appealSlug: string;
}>;


export type ExportSizeQuery = { appealStats: { funnel: { submitted: number, suspect: number, invalid: number } } };

export type SupportersQueryVariables = Exact<{
  slug: string;
  appealSlug?: string | null | undefined;
  confirmedOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportersQuery = { organisation: { id: string, supporters: { edges: Array<{ node: { id: string, name: string, email: string, country: string, appealSlug: string, via: SupporterVia, confirmed: boolean, signedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, isAdmin: boolean, user: { email: string, name: string, isAdmin: boolean } | null, memberships: Array<{ role: MembershipRole, organisation: { id: string, slug: string, name: string } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'SignInSuccess' }
    | { __typename: 'TooManyAttemptsError', message: string, retryAfterSeconds: number }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AllOrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, slug: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RefusalFragmentDoc = new TypedDocumentString(`
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}
    `, {"fragmentName":"Refusal"}) as unknown as TypedDocumentString<RefusalFragment, unknown>;
export const PickerCampaignsDocument = new TypedDocumentString(`
    query PickerCampaigns($locale: String) {
  campaigns(first: 100) {
    edges {
      node {
        id
        slug
        title(locale: $locale)
      }
    }
  }
}
    `, {"hash":"sha256:af8dedfda38c06a02650c897878aa7b4f04dd6888103bbfd84b4440cd718020a"}) as unknown as TypedDocumentString<PickerCampaignsQuery, PickerCampaignsQueryVariables>;
export const PickerAppealsDocument = new TypedDocumentString(`
    query PickerAppeals($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    id
    leadOrganisation {
      id
    }
    partners(first: 50) {
      edges {
        node {
          id
          organisation {
            id
            slug
            name
          }
        }
      }
    }
    appeals(first: 50) {
      edges {
        node {
          id
          slug
          status
          title(locale: $locale)
        }
      }
    }
  }
}
    `, {"hash":"sha256:e1984fe1e7f166654dec4f8c74d8a9fec8f053d4f6fac760208adb6778c80d01"}) as unknown as TypedDocumentString<PickerAppealsQuery, PickerAppealsQueryVariables>;
export const AppealCampaignDocument = new TypedDocumentString(`
    query AppealCampaign($slug: String!) {
  appeal(slug: $slug) {
    id
    campaign {
      slug
    }
  }
}
    `, {"hash":"sha256:c4bed27ebf25bf794b67c46f100893664b7d8afd24485c039d63c207b5cbd253"}) as unknown as TypedDocumentString<AppealCampaignQuery, AppealCampaignQueryVariables>;
export const AppealDocument = new TypedDocumentString(`
    query Appeal($slug: String!, $locale: String) {
  appeal(slug: $slug) {
    id
    slug
    status
    title(locale: $locale)
    target(locale: $locale)
    body(locale: $locale)
    consentText(locale: $locale)
    consentVersion
    consentVersions {
      version
      createdAt
      text(locale: $locale)
    }
    goal
    opensAt
    closesAt
    postcodeField
    commentField
    defaultLocale
    availableLocales
    signatureCount
    campaign {
      id
      slug
      status
      title(locale: $locale)
      leadOrganisation {
        id
      }
    }
  }
}
    `, {"hash":"sha256:ad71faa8ae6bf8326291fa778d82e9ede58f192f09a7be0c51cf104425d5f7d4"}) as unknown as TypedDocumentString<AppealQuery, AppealQueryVariables>;
export const AppealCountDocument = new TypedDocumentString(`
    query AppealCount($slug: String!) {
  appeal(slug: $slug) {
    id
    signatureCount
    goal
  }
}
    `, {"hash":"sha256:ee890231542e07ebe813d10fbd8885aea345f93027692bf3ab1fb7f7089ddcad"}) as unknown as TypedDocumentString<AppealCountQuery, AppealCountQueryVariables>;
export const AppealTextsDocument = new TypedDocumentString(`
    query AppealTexts($slug: String!) {
  appeal(slug: $slug) {
    id
    slug
    goal
    opensAt
    closesAt
    consentVersion
    postcodeField
    commentField
    defaultLocale
    availableLocales
    campaign {
      slug
      leadOrganisation {
        id
      }
    }
    en: title(locale: "en")
    enTarget: target(locale: "en")
    enBody: body(locale: "en")
    enConsent: consentText(locale: "en")
    ko: title(locale: "ko")
    koTarget: target(locale: "ko")
    koBody: body(locale: "ko")
    koConsent: consentText(locale: "ko")
    ja: title(locale: "ja")
    jaTarget: target(locale: "ja")
    jaBody: body(locale: "ja")
    jaConsent: consentText(locale: "ja")
  }
}
    `, {"hash":"sha256:b34507cb34b7fe72762f45be473a0b97eee9bc800fb3ef7ab49d79f8cd9919db"}) as unknown as TypedDocumentString<AppealTextsQuery, AppealTextsQueryVariables>;
export const CampaignForAppealDocument = new TypedDocumentString(`
    query CampaignForAppeal($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    id
    slug
    title(locale: $locale)
    defaultLocale
    leadOrganisation {
      id
    }
  }
}
    `, {"hash":"sha256:7c55a565d623a1781c44dfe64e33b7479fb634489d15e286a4253cfd738c55d3"}) as unknown as TypedDocumentString<CampaignForAppealQuery, CampaignForAppealQueryVariables>;
export const CreateAppealDocument = new TypedDocumentString(`
    mutation CreateAppeal($input: CreateAppealInput!) {
  createAppeal(input: $input) {
    __typename
    ... on Appeal {
      id
      slug
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:7a77d720643a638edd7671e2c684c25bb74ca061a60c5de84d3e3b15a37848b6"}) as unknown as TypedDocumentString<CreateAppealMutation, CreateAppealMutationVariables>;
export const UpdateAppealDocument = new TypedDocumentString(`
    mutation UpdateAppeal($input: UpdateAppealInput!) {
  updateAppeal(input: $input) {
    __typename
    ... on Appeal {
      id
      slug
      consentVersion
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:db391ecb1d16ec4c864aa84a5f62b74a0c2a0656c22e8aa40902a1c1b164744a"}) as unknown as TypedDocumentString<UpdateAppealMutation, UpdateAppealMutationVariables>;
export const SetAppealStatusDocument = new TypedDocumentString(`
    mutation SetAppealStatus($id: ID!, $status: AppealStatus!) {
  setAppealStatus(id: $id, status: $status) {
    __typename
    ... on Appeal {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:b4699ee932470a80f77de83279b8b42091fe2c293e229b040fdbb76f142c45ef"}) as unknown as TypedDocumentString<SetAppealStatusMutation, SetAppealStatusMutationVariables>;
export const AppealEmbedDocument = new TypedDocumentString(`
    query AppealEmbed($slug: String!) {
  appeal(slug: $slug) {
    id
    slug
    allowedEmbedOrigins
    campaign {
      id
      partners(first: 50) {
        edges {
          node {
            id
            status
            organisation {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:34ce53e16acaa6960285b2a76e7ac7d745ffd45726648640de1e5eb1871e2c03"}) as unknown as TypedDocumentString<AppealEmbedQuery, AppealEmbedQueryVariables>;
export const UpdateEmbedOriginsDocument = new TypedDocumentString(`
    mutation UpdateEmbedOrigins($input: UpdateAppealInput!) {
  updateAppeal(input: $input) {
    __typename
    ... on Appeal {
      id
      allowedEmbedOrigins
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:28a55b8b2f59c06546e097ba4d40c0288283869b9cdbf51601379227f53d38e3"}) as unknown as TypedDocumentString<UpdateEmbedOriginsMutation, UpdateEmbedOriginsMutationVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($status: CampaignStatus, $first: Int, $after: String, $locale: String) {
  campaigns(status: $status, first: $first, after: $after) {
    edges {
      node {
        id
        slug
        status
        title(locale: $locale)
        summary(locale: $locale)
        startsAt
        endsAt
        leadOrganisation {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:dca3be969ec8dee1990ed120786b4b34db0f515855a1d4b4bfec1f7e6df272b5"}) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    id
    slug
    status
    title(locale: $locale)
    summary(locale: $locale)
    description(locale: $locale)
    defaultLocale
    availableLocales
    startsAt
    endsAt
    leadOrganisation {
      id
      slug
      name
    }
    partners(first: 50) {
      edges {
        node {
          id
          role
          status
          since
          organisation {
            id
            slug
            name
            country
          }
        }
      }
    }
    appeals(first: 20) {
      edges {
        node {
          id
          slug
          status
          title(locale: $locale)
          goal
          signatureCount
        }
      }
    }
    events(first: 20) {
      edges {
        node {
          id
          status
          title(locale: $locale)
          startsAt
          timeZone
        }
      }
    }
  }
}
    `, {"hash":"sha256:d904a9e36a6246018c71d898003a918626db240d4eb22ddb6566738c6739d803"}) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CampaignTextsDocument = new TypedDocumentString(`
    query CampaignTexts($slug: String!) {
  campaign(slug: $slug) {
    id
    slug
    status
    defaultLocale
    availableLocales
    startsAt
    endsAt
    leadOrganisation {
      id
      slug
      name
    }
    en: title(locale: "en")
    enSummary: summary(locale: "en")
    enDescription: description(locale: "en")
    ko: title(locale: "ko")
    koSummary: summary(locale: "ko")
    koDescription: description(locale: "ko")
    ja: title(locale: "ja")
    jaSummary: summary(locale: "ja")
    jaDescription: description(locale: "ja")
  }
}
    `, {"hash":"sha256:097635e3374d88344e0cb147dad489f8348c8e237ef2d85e7c1fa11385f0208f"}) as unknown as TypedDocumentString<CampaignTextsQuery, CampaignTextsQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    __typename
    ... on Campaign {
      id
      slug
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:07b27b4b744d6aaa37021ace21531075e7232749e9344e7169baa846d1ae5cdb"}) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($input: UpdateCampaignInput!) {
  updateCampaign(input: $input) {
    __typename
    ... on Campaign {
      id
      slug
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:6ebad5e2c231c5b344c8726a01df810d3660eefae36d5a07b131523cc3d54703"}) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const SetCampaignStatusDocument = new TypedDocumentString(`
    mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {
  setCampaignStatus(id: $id, status: $status) {
    __typename
    ... on Campaign {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:8c71beb48a8f297cc1a00715c149d9e8a0d22b35abb82ac937c6b1e2a6d6d385"}) as unknown as TypedDocumentString<SetCampaignStatusMutation, SetCampaignStatusMutationVariables>;
export const InvitePartnerDocument = new TypedDocumentString(`
    mutation InvitePartner($input: InvitePartnerInput!) {
  invitePartner(input: $input) {
    __typename
    ... on Partnership {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:ccf3263f67cd1a70b0fe18f53875787f27741cb9084d0c77a8fc673c1ff78c69"}) as unknown as TypedDocumentString<InvitePartnerMutation, InvitePartnerMutationVariables>;
export const AcceptPartnershipDocument = new TypedDocumentString(`
    mutation AcceptPartnership($id: ID!) {
  acceptPartnership(id: $id) {
    __typename
    ... on Partnership {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:276999f338b04ec458b66dc29e6619c3a49671ea81cfd24266060217304ca1a3"}) as unknown as TypedDocumentString<AcceptPartnershipMutation, AcceptPartnershipMutationVariables>;
export const RemovePartnerDocument = new TypedDocumentString(`
    mutation RemovePartner($id: ID!) {
  removePartner(id: $id) {
    __typename
    ... on Partnership {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:6f55c0a8ef278fe47dd9d04d8115d2ce048ae3582f7fc46343ce5f7066f952bb"}) as unknown as TypedDocumentString<RemovePartnerMutation, RemovePartnerMutationVariables>;
export const PartnerContributionsDocument = new TypedDocumentString(`
    query PartnerContributions($appealSlug: String!) {
  appealStats(appealSlug: $appealSlug) {
    byPartner {
      count
      organisation {
        id
      }
    }
  }
}
    `, {"hash":"sha256:4e6c99671ad4e8d29966c0c9b5d238d57fd2b4acfec24e51843263707f18efdf"}) as unknown as TypedDocumentString<PartnerContributionsQuery, PartnerContributionsQueryVariables>;
export const PendingPartnershipsDocument = new TypedDocumentString(`
    query PendingPartnerships($organisationIds: [ID!]!, $locale: String) {
  nodes(ids: $organisationIds) {
    ... on Organisation {
      id
      name
      pendingPartnerships {
        id
        role
        invitedBy
        campaign {
          id
          slug
          title(locale: $locale)
          leadOrganisation {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:d0f4668d87fcf808a6eae284bd9bbe46ccf9f6bedd10ac949a0c5e4eaa687ee8"}) as unknown as TypedDocumentString<PendingPartnershipsQuery, PendingPartnershipsQueryVariables>;
export const CampaignEventsDocument = new TypedDocumentString(`
    query CampaignEvents($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    id
    slug
    title(locale: $locale)
    leadOrganisation {
      id
    }
    events(first: 50) {
      edges {
        node {
          id
          status
          format
          title(locale: $locale)
          startsAt
          timeZone
          venue
          capacity
          host {
            name
          }
          registrations {
            registered
            waitlisted
            placesLeft
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:56a9840122af6f713c6dbb93f4932762ca9371f7051790af49a6d0272ba63764"}) as unknown as TypedDocumentString<CampaignEventsQuery, CampaignEventsQueryVariables>;
export const EventDocument = new TypedDocumentString(`
    query Event($id: ID!, $locale: String) {
  event(id: $id) {
    id
    status
    format
    title(locale: $locale)
    description(locale: $locale)
    startsAt
    endsAt
    timeZone
    venue
    address
    capacity
    joinUrl
    calendarUrl
    host {
      id
      name
    }
    campaign {
      id
      slug
      title(locale: $locale)
      leadOrganisation {
        id
      }
    }
    registrations {
      registered
      waitlisted
      placesLeft
    }
  }
}
    `, {"hash":"sha256:3c61865fa8940cd47b961a8506cb90c56e1c3aab61a82a033d1c6f97dc0d62d7"}) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const EventTextsDocument = new TypedDocumentString(`
    query EventTexts($id: ID!) {
  event(id: $id) {
    id
    format
    startsAt
    endsAt
    timeZone
    venue
    address
    capacity
    joinUrl
    defaultLocale
    availableLocales
    host {
      slug
    }
    campaign {
      slug
      leadOrganisation {
        id
      }
    }
    en: title(locale: "en")
    enDescription: description(locale: "en")
    ko: title(locale: "ko")
    koDescription: description(locale: "ko")
    ja: title(locale: "ja")
    jaDescription: description(locale: "ja")
  }
}
    `, {"hash":"sha256:984454814110becd180f0a0530a8bfbe4cca055488eaad72b93678ba452ae73c"}) as unknown as TypedDocumentString<EventTextsQuery, EventTextsQueryVariables>;
export const EventCampaignDocument = new TypedDocumentString(`
    query EventCampaign($slug: String!, $locale: String) {
  campaign(slug: $slug) {
    id
    slug
    title(locale: $locale)
    defaultLocale
    leadOrganisation {
      id
      slug
    }
    partners(first: 50) {
      edges {
        node {
          id
          status
          organisation {
            id
            slug
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:1956dde4383cb9e9896c0e0aa49b559adcb8207e48b79e8a4065d4c384f2de0f"}) as unknown as TypedDocumentString<EventCampaignQuery, EventCampaignQueryVariables>;
export const AttendeesDocument = new TypedDocumentString(`
    query Attendees($id: ID!, $organisationId: ID, $status: RsvpStatus, $attended: Boolean, $first: Int, $after: String) {
  event(id: $id) {
    id
    attendees(
      organisationId: $organisationId
      status: $status
      attended: $attended
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          name
          email
          country
          status
          registeredAt
          attendedAt
          erased
          partner {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `, {"hash":"sha256:091d99f084e9031f589fcf1f3f34409f91e1bbd6ffcd2b5ef04b29da2fc405a3"}) as unknown as TypedDocumentString<AttendeesQuery, AttendeesQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    __typename
    ... on Event {
      id
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:d77f3ff4aa1938e2eb739d5b1b434d609dc0ee8d7d49cc1ea40712f1ceef4cc2"}) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    __typename
    ... on Event {
      id
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:b6200af99cbbb8c386ba546b631e63b4e05bbd4a63a38ffcb1ec33aae81719fd"}) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const CancelEventDocument = new TypedDocumentString(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    __typename
    ... on Event {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:6d1bbf68fa78f23371d5e59135141cdc255b0ed7bf80faecec7c8f0b75b21d6d"}) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($input: CheckInAttendeeInput!) {
  checkInAttendee(input: $input) {
    __typename
    ... on Attendee {
      id
      attendedAt
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:6e5361115f1f66568064ab96b84984d8e62f8486cf74410c6f5c47f3c7c30837"}) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const AppealInsightDocument = new TypedDocumentString(`
    query AppealInsight($appealSlug: String!, $organisationId: ID, $interval: StatsInterval, $from: DateTime, $to: DateTime) {
  appealStats(
    appealSlug: $appealSlug
    organisationId: $organisationId
    interval: $interval
    from: $from
    to: $to
  ) {
    overTime {
      start
      count
    }
    overTimeByPartner {
      organisation {
        id
        name
      }
      buckets {
        start
        count
      }
    }
    byCountry {
      country
      count
    }
    byPartner {
      count
      organisation {
        id
        name
      }
    }
    funnel {
      submitted
      confirmed
      pending
      suspect
      invalid
    }
  }
}
    `, {"hash":"sha256:fe0cea48881a44d2a8303adab088b62dd444101bd28e9880919be65bbaf9dc87"}) as unknown as TypedDocumentString<AppealInsightQuery, AppealInsightQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($slug: String!) {
  organisation(slug: $slug) {
    id
    name
    members {
      name
      email
      role
      since
    }
  }
}
    `, {"hash":"sha256:7cdfca680efbda50a9316bcfc2148c57b0e95eee013849fa3be563180dd687e5"}) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($slug: String!) {
  organisation(slug: $slug) {
    id
    invitations {
      id
      email
      role
      invitedAt
      expiresAt
    }
  }
}
    `, {"hash":"sha256:34355ba26e0fce3d55f1c7bcd4761547e8061b39e28998b366cf68a83edd5f13"}) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    __typename
    ... on Member {
      email
      role
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:da2bc37a35fa74670365c95bb8b999cc71e1f39551196e29b906bb9813aba2c5"}) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: MemberInput!) {
  removeMember(input: $input) {
    __typename
    ... on Member {
      email
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:dfbc06718dbb344e0e32f14e68fbeb33d81768d535a042f613a453d1b5149579"}) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    __typename
    ... on Invitation {
      id
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:90284acecb2ab7b81499c7ab76b7c923dc4f7acc745f6159ad672e2cdac5ac93"}) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on Invitation {
      email
      role
      expiresAt
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:bcf38ec751a1fd4f2abde2ff8712cf46c6b1ebdfe67fe884b4ea1d4d9449aa83"}) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($slug: String!) {
  organisation(slug: $slug) {
    id
    name
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
}
    `, {"hash":"sha256:1eb1ebb6e0706318085ec5bf7c5fa7d7a17fa1e4fc667b2759b2e821626559a2"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeySuccess {
      secret
      apiKey {
        id
        name
      }
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:6b10797c2d90bc7cdc2f0eafe4bbe042cdd5810aecff38518a992ed9f903b16e"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    __typename
    ... on ApiKey {
      id
      revokedAt
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:b5b03aa3da4d1d1b68e51d9a03eeea17777dbb2bf05216512e8e3c6e206062e6"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($organisationId: ID, $action: String, $actor: String, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
  auditLog(
    organisationId: $organisationId
    action: $action
    actor: $actor
    since: $since
    until: $until
    first: $first
    after: $after
  ) {
    edges {
      node {
        occurredAt
        actorType
        actor
        action
        targetType
        targetId
        requestId
        changes {
          field
          before
          after
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:8cc7099cf5914e08a8a511fccf8233c4ee20aaac90e05d351c93653bd35a9abe"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const OutboxDocument = new TypedDocumentString(`
    query Outbox($to: String, $first: Int, $after: String) {
  outbox(to: $to, first: $first, after: $after) {
    edges {
      node {
        kind
        to
        subject
        text
        createdAt
        sentAt
        failedAt
        attempts
        lastError
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:006af83370bd6958dcdf8072c1bdeb3d2f994819e22d99c53e96066eb1c03835"}) as unknown as TypedDocumentString<OutboxQuery, OutboxQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AcceptInvitationSuccess {
      role
      organisation {
        name
      }
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:13dffa16a89443145ad850d6482aa423364cef6cf05f22ce8db1fdade33fe0ad"}) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignaturesDocument = new TypedDocumentString(`
    query Signatures($appealSlug: String!, $status: SignatureStatus, $partnerSlug: String, $country: String, $email: String, $ipHash: String, $first: Int, $after: String) {
  signatures(
    appealSlug: $appealSlug
    status: $status
    partnerSlug: $partnerSlug
    country: $country
    email: $email
    ipHash: $ipHash
    first: $first
    after: $after
  ) {
    edges {
      node {
        id
        name
        email
        emailDomain
        country
        postcode
        comment
        locale
        status
        suspectReason
        partnerSlug
        consentToLead
        consentToPartner
        consentVersion
        signedAt
        confirmedAt
        erasedAt
        ipHash
        utmSource
        utmMedium
        utmCampaign
        referrer
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:379c057d99924930a47d03923d1b1783d288d62e86ff0559fcc8e75bfa3eb72c"}) as unknown as TypedDocumentString<SignaturesQuery, SignaturesQueryVariables>;
export const InvalidateSignatureDocument = new TypedDocumentString(`
    mutation InvalidateSignature($id: ID!, $reason: String!) {
  invalidateSignature(id: $id, reason: $reason) {
    __typename
    ... on Signature {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:738bd10464b4186482328e9c416ba89c9ed05ff59eca7105cf69a650ebe059c6"}) as unknown as TypedDocumentString<InvalidateSignatureMutation, InvalidateSignatureMutationVariables>;
export const InvalidationPreviewDocument = new TypedDocumentString(`
    query InvalidationPreview($appealSlug: String!, $ipHash: String, $emailDomain: String, $signedAfter: DateTime, $signedBefore: DateTime) {
  signaturesToInvalidate(
    appealSlug: $appealSlug
    ipHash: $ipHash
    emailDomain: $emailDomain
    signedAfter: $signedAfter
    signedBefore: $signedBefore
  )
}
    `, {"hash":"sha256:31d51c51700f6ca05676aa05ebfa1347b06584b5fbd34ebdac953ae854731026"}) as unknown as TypedDocumentString<InvalidationPreviewQuery, InvalidationPreviewQueryVariables>;
export const InvalidateSignaturesDocument = new TypedDocumentString(`
    mutation InvalidateSignatures($input: InvalidateSignaturesInput!) {
  invalidateSignatures(input: $input) {
    __typename
    ... on SignaturesInvalidated {
      invalidated
    }
    ...Refusal
  }
}
    fragment Refusal on Error {
  message
  ... on ValidationError {
    problems {
      path
      message
    }
  }
}`, {"hash":"sha256:01bf3049c3390cadb514a200afba0333db24e5b79b1d49287fc9eee6a2246ceb"}) as unknown as TypedDocumentString<InvalidateSignaturesMutation, InvalidateSignaturesMutationVariables>;
export const ExportSizeDocument = new TypedDocumentString(`
    query ExportSize($appealSlug: String!) {
  appealStats(appealSlug: $appealSlug) {
    funnel {
      submitted
      suspect
      invalid
    }
  }
}
    `, {"hash":"sha256:0272b35f308fcba07046a8eb10b4fbee62441b548debbb4392c4e10bb1a142de"}) as unknown as TypedDocumentString<ExportSizeQuery, ExportSizeQueryVariables>;
export const SupportersDocument = new TypedDocumentString(`
    query Supporters($slug: String!, $appealSlug: String, $confirmedOnly: Boolean, $first: Int, $after: String) {
  organisation(slug: $slug) {
    id
    supporters(
      appealSlug: $appealSlug
      confirmedOnly: $confirmedOnly
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          name
          email
          country
          appealSlug
          via
          confirmed
          signedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `, {"hash":"sha256:2203e9fe374ef9cdd95c89971cfa2530ccceeeb6e625abbbd16187c848827684"}) as unknown as TypedDocumentString<SupportersQuery, SupportersQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    kind
    isAdmin
    user {
      email
      name
      isAdmin
    }
    memberships {
      role
      organisation {
        id
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:29bd904de4facffcdd8d95397e4463b9600a1ae7dad26311dbb69665c6d75dc0"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on Error {
      message
    }
    ... on TooManyAttemptsError {
      retryAfterSeconds
    }
  }
}
    `, {"hash":"sha256:b1c850ed3f50099eb9cf7c476aaac873187203fb0a31c38ddfa54ba6c69cf41c"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `, {"hash":"sha256:39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const AllOrganisationsDocument = new TypedDocumentString(`
    query AllOrganisations($search: String, $first: Int, $after: String) {
  organisations(search: $search, first: $first, after: $after) {
    edges {
      node {
        id
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:36ad045015ead24726d337b472c49e1d9d112d0dc728f767ea15fc67833f6f0e"}) as unknown as TypedDocumentString<AllOrganisationsQuery, AllOrganisationsQueryVariables>;