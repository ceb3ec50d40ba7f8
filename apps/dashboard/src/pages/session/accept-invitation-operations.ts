import { graphql } from '../../graphql/generated';

export const AcceptInvitationMutation = graphql(`
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
`);
