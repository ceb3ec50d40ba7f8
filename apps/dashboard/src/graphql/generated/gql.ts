/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PickerCampaigns($locale: String) {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title(locale: $locale)\n        }\n      }\n    }\n  }\n": typeof types.PickerCampaignsDocument,
    "\n  query PickerAppeals($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      leadOrganisation {\n        id\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            organisation {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      appeals(first: 50) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.PickerAppealsDocument,
    "\n  query AppealCampaign($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      campaign {\n        slug\n      }\n    }\n  }\n": typeof types.AppealCampaignDocument,
    "\n  fragment Refusal on Error {\n    message\n    ... on ValidationError {\n      problems {\n        path\n        message\n      }\n    }\n  }\n": typeof types.RefusalFragmentDoc,
    "\n  query Appeal($slug: String!, $locale: String) {\n    appeal(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      target(locale: $locale)\n      body(locale: $locale)\n      consentText(locale: $locale)\n      consentVersion\n      consentVersions {\n        version\n        createdAt\n        text(locale: $locale)\n      }\n      goal\n      opensAt\n      closesAt\n      defaultLocale\n      availableLocales\n      signatureCount\n      campaign {\n        id\n        slug\n        status\n        title(locale: $locale)\n        leadOrganisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AppealDocument,
    "\n  query AppealCount($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      signatureCount\n      goal\n    }\n  }\n": typeof types.AppealCountDocument,
    "\n  query AppealTexts($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      slug\n      goal\n      opensAt\n      closesAt\n      consentVersion\n      defaultLocale\n      availableLocales\n      campaign {\n        slug\n        leadOrganisation {\n          id\n        }\n      }\n      en: title(locale: \"en\")\n      enTarget: target(locale: \"en\")\n      enBody: body(locale: \"en\")\n      enConsent: consentText(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koTarget: target(locale: \"ko\")\n      koBody: body(locale: \"ko\")\n      koConsent: consentText(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaTarget: target(locale: \"ja\")\n      jaBody: body(locale: \"ja\")\n      jaConsent: consentText(locale: \"ja\")\n    }\n  }\n": typeof types.AppealTextsDocument,
    "\n  query CampaignForAppeal($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title(locale: $locale)\n      defaultLocale\n      leadOrganisation {\n        id\n      }\n    }\n  }\n": typeof types.CampaignForAppealDocument,
    "\n  mutation CreateAppeal($input: CreateAppealInput!) {\n    createAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": typeof types.CreateAppealDocument,
    "\n  mutation UpdateAppeal($input: UpdateAppealInput!) {\n    updateAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n        consentVersion\n      }\n      ...Refusal\n    }\n  }\n": typeof types.UpdateAppealDocument,
    "\n  mutation SetAppealStatus($id: ID!, $status: AppealStatus!) {\n    setAppealStatus(id: $id, status: $status) {\n      __typename\n      ... on Appeal {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.SetAppealStatusDocument,
    "\n  query CampaignList($status: CampaignStatus, $first: Int, $after: String, $locale: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          status\n          title(locale: $locale)\n          summary(locale: $locale)\n          startsAt\n          endsAt\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query Campaign($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      summary(locale: $locale)\n      description(locale: $locale)\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            since\n            organisation {\n              id\n              slug\n              name\n              country\n            }\n          }\n        }\n      }\n      appeals(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n            goal\n            signatureCount\n          }\n        }\n      }\n      events(first: 20) {\n        edges {\n          node {\n            id\n            status\n            title(locale: $locale)\n            startsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query CampaignTexts($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      en: title(locale: \"en\")\n      enSummary: summary(locale: \"en\")\n      enDescription: description(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koSummary: summary(locale: \"ko\")\n      koDescription: description(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaSummary: summary(locale: \"ja\")\n      jaDescription: description(locale: \"ja\")\n    }\n  }\n": typeof types.CampaignTextsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) {\n      __typename\n      ... on Campaign {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.SetCampaignStatusDocument,
    "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.AcceptPartnershipDocument,
    "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.RemovePartnerDocument,
    "\n  query PartnerContributions($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      byPartner {\n        count\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PartnerContributionsDocument,
    "\n  query Members($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      members {\n        name\n        email\n        role\n        since\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Invitation {\n        email\n        role\n        expiresAt\n      }\n      ...Refusal\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query ApiKeys($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      apiKeys {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ...Refusal\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog(\n    $organisationId: ID\n    $action: String\n    $actor: String\n    $since: DateTime\n    $until: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      organisationId: $organisationId\n      action: $action\n      actor: $actor\n      since: $since\n      until: $until\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          occurredAt\n          actorType\n          actor\n          action\n          targetType\n          targetId\n          requestId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Outbox($to: String, $first: Int, $after: String) {\n    outbox(to: $to, first: $first, after: $after) {\n      edges {\n        node {\n          kind\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          failedAt\n          attempts\n          lastError\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AcceptInvitationSuccess {\n        role\n        organisation {\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Signatures(\n    $appealSlug: String!\n    $status: SignatureStatus\n    $partnerSlug: String\n    $country: String\n    $email: String\n    $ipHash: String\n    $first: Int\n    $after: String\n  ) {\n    signatures(\n      appealSlug: $appealSlug\n      status: $status\n      partnerSlug: $partnerSlug\n      country: $country\n      email: $email\n      ipHash: $ipHash\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          emailDomain\n          country\n          postcode\n          comment\n          locale\n          status\n          suspectReason\n          partnerSlug\n          consentToLead\n          consentToPartner\n          consentVersion\n          signedAt\n          confirmedAt\n          erasedAt\n          ipHash\n          utmSource\n          utmMedium\n          utmCampaign\n          referrer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SignaturesDocument,
    "\n  mutation InvalidateSignature($id: ID!, $reason: String!) {\n    invalidateSignature(id: $id, reason: $reason) {\n      __typename\n      ... on Signature {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": typeof types.InvalidateSignatureDocument,
    "\n  query InvalidationPreview(\n    $appealSlug: String!\n    $ipHash: String\n    $emailDomain: String\n    $signedAfter: DateTime\n    $signedBefore: DateTime\n  ) {\n    signaturesToInvalidate(\n      appealSlug: $appealSlug\n      ipHash: $ipHash\n      emailDomain: $emailDomain\n      signedAfter: $signedAfter\n      signedBefore: $signedBefore\n    )\n  }\n": typeof types.InvalidationPreviewDocument,
    "\n  mutation InvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input) {\n      __typename\n      ... on SignaturesInvalidated {\n        invalidated\n      }\n      ...Refusal\n    }\n  }\n": typeof types.InvalidateSignaturesDocument,
    "\n  query ExportSize($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      funnel {\n        submitted\n        suspect\n        invalid\n      }\n    }\n  }\n": typeof types.ExportSizeDocument,
    "\n  query Supporters(\n    $slug: String!\n    $appealSlug: String\n    $confirmedOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisation(slug: $slug) {\n      id\n      supporters(appealSlug: $appealSlug, confirmedOnly: $confirmedOnly, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            name\n            email\n            country\n            appealSlug\n            via\n            confirmed\n            signedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SupportersDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n      user {\n        email\n        name\n        isAdmin\n      }\n      memberships {\n        role\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query AllOrganisations($search: String, $first: Int, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AllOrganisationsDocument,
};
const documents: Documents = {
    "\n  query PickerCampaigns($locale: String) {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title(locale: $locale)\n        }\n      }\n    }\n  }\n": types.PickerCampaignsDocument,
    "\n  query PickerAppeals($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      leadOrganisation {\n        id\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            organisation {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      appeals(first: 50) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.PickerAppealsDocument,
    "\n  query AppealCampaign($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      campaign {\n        slug\n      }\n    }\n  }\n": types.AppealCampaignDocument,
    "\n  fragment Refusal on Error {\n    message\n    ... on ValidationError {\n      problems {\n        path\n        message\n      }\n    }\n  }\n": types.RefusalFragmentDoc,
    "\n  query Appeal($slug: String!, $locale: String) {\n    appeal(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      target(locale: $locale)\n      body(locale: $locale)\n      consentText(locale: $locale)\n      consentVersion\n      consentVersions {\n        version\n        createdAt\n        text(locale: $locale)\n      }\n      goal\n      opensAt\n      closesAt\n      defaultLocale\n      availableLocales\n      signatureCount\n      campaign {\n        id\n        slug\n        status\n        title(locale: $locale)\n        leadOrganisation {\n          id\n        }\n      }\n    }\n  }\n": types.AppealDocument,
    "\n  query AppealCount($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      signatureCount\n      goal\n    }\n  }\n": types.AppealCountDocument,
    "\n  query AppealTexts($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      slug\n      goal\n      opensAt\n      closesAt\n      consentVersion\n      defaultLocale\n      availableLocales\n      campaign {\n        slug\n        leadOrganisation {\n          id\n        }\n      }\n      en: title(locale: \"en\")\n      enTarget: target(locale: \"en\")\n      enBody: body(locale: \"en\")\n      enConsent: consentText(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koTarget: target(locale: \"ko\")\n      koBody: body(locale: \"ko\")\n      koConsent: consentText(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaTarget: target(locale: \"ja\")\n      jaBody: body(locale: \"ja\")\n      jaConsent: consentText(locale: \"ja\")\n    }\n  }\n": types.AppealTextsDocument,
    "\n  query CampaignForAppeal($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title(locale: $locale)\n      defaultLocale\n      leadOrganisation {\n        id\n      }\n    }\n  }\n": types.CampaignForAppealDocument,
    "\n  mutation CreateAppeal($input: CreateAppealInput!) {\n    createAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": types.CreateAppealDocument,
    "\n  mutation UpdateAppeal($input: UpdateAppealInput!) {\n    updateAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n        consentVersion\n      }\n      ...Refusal\n    }\n  }\n": types.UpdateAppealDocument,
    "\n  mutation SetAppealStatus($id: ID!, $status: AppealStatus!) {\n    setAppealStatus(id: $id, status: $status) {\n      __typename\n      ... on Appeal {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.SetAppealStatusDocument,
    "\n  query CampaignList($status: CampaignStatus, $first: Int, $after: String, $locale: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          status\n          title(locale: $locale)\n          summary(locale: $locale)\n          startsAt\n          endsAt\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query Campaign($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      summary(locale: $locale)\n      description(locale: $locale)\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            since\n            organisation {\n              id\n              slug\n              name\n              country\n            }\n          }\n        }\n      }\n      appeals(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n            goal\n            signatureCount\n          }\n        }\n      }\n      events(first: 20) {\n        edges {\n          node {\n            id\n            status\n            title(locale: $locale)\n            startsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  query CampaignTexts($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      en: title(locale: \"en\")\n      enSummary: summary(locale: \"en\")\n      enDescription: description(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koSummary: summary(locale: \"ko\")\n      koDescription: description(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaSummary: summary(locale: \"ja\")\n      jaDescription: description(locale: \"ja\")\n    }\n  }\n": types.CampaignTextsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) {\n      __typename\n      ... on Campaign {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.SetCampaignStatusDocument,
    "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.InvitePartnerDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.AcceptPartnershipDocument,
    "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.RemovePartnerDocument,
    "\n  query PartnerContributions($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      byPartner {\n        count\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.PartnerContributionsDocument,
    "\n  query Members($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      members {\n        name\n        email\n        role\n        since\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Invitation {\n        email\n        role\n        expiresAt\n      }\n      ...Refusal\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query ApiKeys($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      apiKeys {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ...Refusal\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog(\n    $organisationId: ID\n    $action: String\n    $actor: String\n    $since: DateTime\n    $until: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      organisationId: $organisationId\n      action: $action\n      actor: $actor\n      since: $since\n      until: $until\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          occurredAt\n          actorType\n          actor\n          action\n          targetType\n          targetId\n          requestId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Outbox($to: String, $first: Int, $after: String) {\n    outbox(to: $to, first: $first, after: $after) {\n      edges {\n        node {\n          kind\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          failedAt\n          attempts\n          lastError\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AcceptInvitationSuccess {\n        role\n        organisation {\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Signatures(\n    $appealSlug: String!\n    $status: SignatureStatus\n    $partnerSlug: String\n    $country: String\n    $email: String\n    $ipHash: String\n    $first: Int\n    $after: String\n  ) {\n    signatures(\n      appealSlug: $appealSlug\n      status: $status\n      partnerSlug: $partnerSlug\n      country: $country\n      email: $email\n      ipHash: $ipHash\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          emailDomain\n          country\n          postcode\n          comment\n          locale\n          status\n          suspectReason\n          partnerSlug\n          consentToLead\n          consentToPartner\n          consentVersion\n          signedAt\n          confirmedAt\n          erasedAt\n          ipHash\n          utmSource\n          utmMedium\n          utmCampaign\n          referrer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SignaturesDocument,
    "\n  mutation InvalidateSignature($id: ID!, $reason: String!) {\n    invalidateSignature(id: $id, reason: $reason) {\n      __typename\n      ... on Signature {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n": types.InvalidateSignatureDocument,
    "\n  query InvalidationPreview(\n    $appealSlug: String!\n    $ipHash: String\n    $emailDomain: String\n    $signedAfter: DateTime\n    $signedBefore: DateTime\n  ) {\n    signaturesToInvalidate(\n      appealSlug: $appealSlug\n      ipHash: $ipHash\n      emailDomain: $emailDomain\n      signedAfter: $signedAfter\n      signedBefore: $signedBefore\n    )\n  }\n": types.InvalidationPreviewDocument,
    "\n  mutation InvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input) {\n      __typename\n      ... on SignaturesInvalidated {\n        invalidated\n      }\n      ...Refusal\n    }\n  }\n": types.InvalidateSignaturesDocument,
    "\n  query ExportSize($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      funnel {\n        submitted\n        suspect\n        invalid\n      }\n    }\n  }\n": types.ExportSizeDocument,
    "\n  query Supporters(\n    $slug: String!\n    $appealSlug: String\n    $confirmedOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisation(slug: $slug) {\n      id\n      supporters(appealSlug: $appealSlug, confirmedOnly: $confirmedOnly, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            name\n            email\n            country\n            appealSlug\n            via\n            confirmed\n            signedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SupportersDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n      user {\n        email\n        name\n        isAdmin\n      }\n      memberships {\n        role\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query AllOrganisations($search: String, $first: Int, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AllOrganisationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerCampaigns($locale: String) {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title(locale: $locale)\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickerCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerAppeals($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      leadOrganisation {\n        id\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            organisation {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      appeals(first: 50) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickerAppealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealCampaign($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      campaign {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').AppealCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Refusal on Error {\n    message\n    ... on ValidationError {\n      problems {\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RefusalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeal($slug: String!, $locale: String) {\n    appeal(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      target(locale: $locale)\n      body(locale: $locale)\n      consentText(locale: $locale)\n      consentVersion\n      consentVersions {\n        version\n        createdAt\n        text(locale: $locale)\n      }\n      goal\n      opensAt\n      closesAt\n      defaultLocale\n      availableLocales\n      signatureCount\n      campaign {\n        id\n        slug\n        status\n        title(locale: $locale)\n        leadOrganisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealCount($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      signatureCount\n      goal\n    }\n  }\n"): typeof import('./graphql').AppealCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealTexts($slug: String!) {\n    appeal(slug: $slug) {\n      id\n      slug\n      goal\n      opensAt\n      closesAt\n      consentVersion\n      defaultLocale\n      availableLocales\n      campaign {\n        slug\n        leadOrganisation {\n          id\n        }\n      }\n      en: title(locale: \"en\")\n      enTarget: target(locale: \"en\")\n      enBody: body(locale: \"en\")\n      enConsent: consentText(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koTarget: target(locale: \"ko\")\n      koBody: body(locale: \"ko\")\n      koConsent: consentText(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaTarget: target(locale: \"ja\")\n      jaBody: body(locale: \"ja\")\n      jaConsent: consentText(locale: \"ja\")\n    }\n  }\n"): typeof import('./graphql').AppealTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForAppeal($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title(locale: $locale)\n      defaultLocale\n      leadOrganisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignForAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAppeal($input: CreateAppealInput!) {\n    createAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').CreateAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAppeal($input: UpdateAppealInput!) {\n    updateAppeal(input: $input) {\n      __typename\n      ... on Appeal {\n        id\n        slug\n        consentVersion\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').UpdateAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppealStatus($id: ID!, $status: AppealStatus!) {\n    setAppealStatus(id: $id, status: $status) {\n      __typename\n      ... on Appeal {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').SetAppealStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($status: CampaignStatus, $first: Int, $after: String, $locale: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          status\n          title(locale: $locale)\n          summary(locale: $locale)\n          startsAt\n          endsAt\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($slug: String!, $locale: String) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      title(locale: $locale)\n      summary(locale: $locale)\n      description(locale: $locale)\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      partners(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            since\n            organisation {\n              id\n              slug\n              name\n              country\n            }\n          }\n        }\n      }\n      appeals(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            status\n            title(locale: $locale)\n            goal\n            signatureCount\n          }\n        }\n      }\n      events(first: 20) {\n        edges {\n          node {\n            id\n            status\n            title(locale: $locale)\n            startsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTexts($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      status\n      defaultLocale\n      availableLocales\n      startsAt\n      endsAt\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      en: title(locale: \"en\")\n      enSummary: summary(locale: \"en\")\n      enDescription: description(locale: \"en\")\n      ko: title(locale: \"ko\")\n      koSummary: summary(locale: \"ko\")\n      koDescription: description(locale: \"ko\")\n      ja: title(locale: \"ja\")\n      jaSummary: summary(locale: \"ja\")\n      jaDescription: description(locale: \"ja\")\n    }\n  }\n"): typeof import('./graphql').CampaignTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        slug\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').UpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) {\n      __typename\n      ... on Campaign {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').SetCampaignStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').InvitePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').AcceptPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      __typename\n      ... on Partnership {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').RemovePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerContributions($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      byPartner {\n        count\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerContributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      members {\n        name\n        email\n        role\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Invitation {\n        email\n        role\n        expiresAt\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      name\n      apiKeys {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $organisationId: ID\n    $action: String\n    $actor: String\n    $since: DateTime\n    $until: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      organisationId: $organisationId\n      action: $action\n      actor: $actor\n      since: $since\n      until: $until\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          occurredAt\n          actorType\n          actor\n          action\n          targetType\n          targetId\n          requestId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($to: String, $first: Int, $after: String) {\n    outbox(to: $to, first: $first, after: $after) {\n      edges {\n        node {\n          kind\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          failedAt\n          attempts\n          lastError\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AcceptInvitationSuccess {\n        role\n        organisation {\n          name\n        }\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signatures(\n    $appealSlug: String!\n    $status: SignatureStatus\n    $partnerSlug: String\n    $country: String\n    $email: String\n    $ipHash: String\n    $first: Int\n    $after: String\n  ) {\n    signatures(\n      appealSlug: $appealSlug\n      status: $status\n      partnerSlug: $partnerSlug\n      country: $country\n      email: $email\n      ipHash: $ipHash\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          emailDomain\n          country\n          postcode\n          comment\n          locale\n          status\n          suspectReason\n          partnerSlug\n          consentToLead\n          consentToPartner\n          consentVersion\n          signedAt\n          confirmedAt\n          erasedAt\n          ipHash\n          utmSource\n          utmMedium\n          utmCampaign\n          referrer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SignaturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidateSignature($id: ID!, $reason: String!) {\n    invalidateSignature(id: $id, reason: $reason) {\n      __typename\n      ... on Signature {\n        id\n        status\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').InvalidateSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvalidationPreview(\n    $appealSlug: String!\n    $ipHash: String\n    $emailDomain: String\n    $signedAfter: DateTime\n    $signedBefore: DateTime\n  ) {\n    signaturesToInvalidate(\n      appealSlug: $appealSlug\n      ipHash: $ipHash\n      emailDomain: $emailDomain\n      signedAfter: $signedAfter\n      signedBefore: $signedBefore\n    )\n  }\n"): typeof import('./graphql').InvalidationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input) {\n      __typename\n      ... on SignaturesInvalidated {\n        invalidated\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').InvalidateSignaturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSize($appealSlug: String!) {\n    appealStats(appealSlug: $appealSlug) {\n      funnel {\n        submitted\n        suspect\n        invalid\n      }\n    }\n  }\n"): typeof import('./graphql').ExportSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Supporters(\n    $slug: String!\n    $appealSlug: String\n    $confirmedOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisation(slug: $slug) {\n      id\n      supporters(appealSlug: $appealSlug, confirmedOnly: $confirmedOnly, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            name\n            email\n            country\n            appealSlug\n            via\n            confirmed\n            signedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupportersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n      user {\n        email\n        name\n        isAdmin\n      }\n      memberships {\n        role\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on TooManyAttemptsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOrganisations($search: String, $first: Int, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AllOrganisationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
