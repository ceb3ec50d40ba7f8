import { graphql } from '../graphql/generated';

export const PickerCampaignsQuery = graphql(`
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
`);

export const PickerAppealsQuery = graphql(`
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
`);

export const AppealCampaignQuery = graphql(`
  query AppealCampaign($slug: String!) {
    appeal(slug: $slug) {
      id
      campaign {
        slug
      }
    }
  }
`);
