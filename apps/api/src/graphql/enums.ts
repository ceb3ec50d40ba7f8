import {
  API_KEY_SCOPES,
  APPEAL_STATUSES,
  CAMPAIGN_STATUSES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  FORM_FIELD_MODES,
  MEMBERSHIP_ROLES,
  PARTNERSHIP_ROLES,
  PARTNERSHIP_STATUSES,
} from '@chorus/domain';
import { builder } from './builder.js';

// GraphQL enum names are upper case; their internal values are the domain's lower-case strings.
function domainEnum<const T extends string>(name: string, values: readonly T[], description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value.toUpperCase(), { value }])) as Record<
      Uppercase<T>,
      { value: T }
    >,
  });
}

export const CampaignStatusEnum = domainEnum(
  'CampaignStatus',
  CAMPAIGN_STATUSES,
  'Where a campaign is in its life. Draft and archived campaigns are not public.',
);
export const PartnershipRoleEnum = domainEnum(
  'PartnershipRole',
  PARTNERSHIP_ROLES,
  'What an organisation is to a campaign.',
);
export const PartnershipStatusEnum = domainEnum(
  'PartnershipStatus',
  PARTNERSHIP_STATUSES,
  'Whether an organisation has joined a campaign. Only active partnerships are public.',
);
export const AppealStatusEnum = domainEnum(
  'AppealStatus',
  APPEAL_STATUSES,
  'Whether an appeal takes signatures. Drafts are not public.',
);
export const EventFormatEnum = domainEnum('EventFormat', EVENT_FORMATS, 'Where people attend an event.');
export const EventStatusEnum = domainEnum('EventStatus', EVENT_STATUSES, 'Whether an event goes ahead.');

export const MembershipRoleEnum = domainEnum(
  'MembershipRole',
  MEMBERSHIP_ROLES,
  'A person’s role in an organisation: owners manage members and keys, editors change campaigns, viewers read.',
);
export const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description: 'What a partner API key may read or do.',
  values: Object.fromEntries(
    API_KEY_SCOPES.map((scope) => [scope.toUpperCase().replace(':', '_'), { value: scope }]),
  ) as Record<string, { value: (typeof API_KEY_SCOPES)[number] }>,
});
export const FormFieldModeEnum = domainEnum(
  'FormFieldMode',
  FORM_FIELD_MODES,
  'Whether a signing form asks for a piece of information (OPTIONAL, REQUIRED) or not (HIDDEN).',
);
