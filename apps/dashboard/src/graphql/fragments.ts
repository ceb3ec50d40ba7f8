import { graphql } from './generated';

/** What every mutation selects from its error members, for `unwrap`. */
export const RefusalFragment = graphql(`
  fragment Refusal on Error {
    message
    ... on ValidationError {
      problems {
        path
        message
      }
    }
  }
`);
