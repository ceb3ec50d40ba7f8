import { graphql } from '../graphql/generated';

export const ViewerQuery = graphql(`
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
`);

export const SignInMutation = graphql(`
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
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const AllOrganisationsQuery = graphql(`
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
`);
