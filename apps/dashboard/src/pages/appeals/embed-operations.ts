import { graphql } from '../../graphql/generated';

export const AppealEmbedQuery = graphql(`
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
`);

export const UpdateEmbedOriginsMutation = graphql(`
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
`);
