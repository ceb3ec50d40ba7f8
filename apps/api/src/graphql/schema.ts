// Imports every module's types and fields, then builds the schema.
import { builder } from './builder.js';
import './scalars.js';
import './error-types.js';
import '../modules/organisations/organisations.schema.js';
import '../modules/campaigns/campaigns.schema.js';
import '../modules/partnerships/partnerships.schema.js';
import '../modules/appeals/appeals.schema.js';
import '../modules/events/events.schema.js';
import '../modules/accounts/accounts.schema.js';
import '../modules/api-keys/api-keys.schema.js';
import '../modules/audit/audit.schema.js';
import '../modules/mail/mail.schema.js';
import '../modules/signatures/signatures.schema.js';
import '../modules/signatures/supporters.schema.js';
import '../modules/signatures/moderation.schema.js';
import '../modules/signatures/stats.schema.js';
import '../modules/privacy/privacy.schema.js';
import '../modules/rsvps/rsvps.schema.js';

export const schema = builder.toSchema({ sortSchema: true });
