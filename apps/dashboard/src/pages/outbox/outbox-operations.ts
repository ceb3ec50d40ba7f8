import { graphql } from '../../graphql/generated';

export const OutboxQuery = graphql(`
  query Outbox($to: String, $first: Int, $after: String) {
    outbox(to: $to, first: $first, after: $after) {
      edges {
        node {
          kind
          to
          subject
          text
          createdAt
          sentAt
          failedAt
          attempts
          lastError
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
