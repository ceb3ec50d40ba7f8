import { graphql } from '../../graphql/generated';

export const CampaignListQuery = graphql(`
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
`);

export const CampaignQuery = graphql(`
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
`);

export const CampaignTextsQuery = graphql(`
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
`);

export const CreateCampaignMutation = graphql(`
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
`);

export const UpdateCampaignMutation = graphql(`
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
`);

export const SetCampaignStatusMutation = graphql(`
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
`);

export const InvitePartnerMutation = graphql(`
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
`);

export const AcceptPartnershipMutation = graphql(`
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
`);

export const RemovePartnerMutation = graphql(`
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
`);

export const PartnerContributionsQuery = graphql(`
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
`);

export const PendingPartnershipsQuery = graphql(`
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
`);
