import { graphql } from '../../graphql/generated';

export const MembersQuery = graphql(`
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
`);

export const InvitationsQuery = graphql(`
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
`);

export const ChangeMemberRoleMutation = graphql(`
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
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: MemberInput!) {
    removeMember(input: $input) {
      __typename
      ... on Member {
        email
      }
      ...Refusal
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      __typename
      ... on Invitation {
        id
      }
      ...Refusal
    }
  }
`);

export const InviteMemberMutation = graphql(`
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
`);

export const ApiKeysQuery = graphql(`
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
`);

export const CreateApiKeyMutation = graphql(`
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
`);

export const RevokeApiKeyMutation = graphql(`
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
`);

export const AuditLogQuery = graphql(`
  query AuditLog(
    $organisationId: ID
    $action: String
    $actor: String
    $since: DateTime
    $until: DateTime
    $first: Int
    $after: String
  ) {
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
`);
