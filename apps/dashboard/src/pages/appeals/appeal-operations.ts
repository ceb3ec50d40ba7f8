import { graphql } from '../../graphql/generated';

export const AppealQuery = graphql(`
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
`);

export const AppealCountQuery = graphql(`
  query AppealCount($slug: String!) {
    appeal(slug: $slug) {
      id
      signatureCount
      goal
    }
  }
`);

export const AppealTextsQuery = graphql(`
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
`);

export const CampaignForAppealQuery = graphql(`
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
`);

export const CreateAppealMutation = graphql(`
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
`);

export const UpdateAppealMutation = graphql(`
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
`);

export const SetAppealStatusMutation = graphql(`
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
`);
