import { graphql } from '../../graphql/generated';

export const SignaturesQuery = graphql(`
  query Signatures(
    $appealSlug: String!
    $status: SignatureStatus
    $partnerSlug: String
    $country: String
    $email: String
    $ipHash: String
    $first: Int
    $after: String
  ) {
    signatures(
      appealSlug: $appealSlug
      status: $status
      partnerSlug: $partnerSlug
      country: $country
      email: $email
      ipHash: $ipHash
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          name
          email
          emailDomain
          country
          postcode
          comment
          locale
          status
          suspectReason
          partnerSlug
          consentToLead
          consentToPartner
          consentVersion
          signedAt
          confirmedAt
          erasedAt
          ipHash
          utmSource
          utmMedium
          utmCampaign
          referrer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const InvalidateSignatureMutation = graphql(`
  mutation InvalidateSignature($id: ID!, $reason: String!) {
    invalidateSignature(id: $id, reason: $reason) {
      __typename
      ... on Signature {
        id
        status
      }
      ...Refusal
    }
  }
`);

export const InvalidationPreviewQuery = graphql(`
  query InvalidationPreview(
    $appealSlug: String!
    $ipHash: String
    $emailDomain: String
    $signedAfter: DateTime
    $signedBefore: DateTime
  ) {
    signaturesToInvalidate(
      appealSlug: $appealSlug
      ipHash: $ipHash
      emailDomain: $emailDomain
      signedAfter: $signedAfter
      signedBefore: $signedBefore
    )
  }
`);

export const InvalidateSignaturesMutation = graphql(`
  mutation InvalidateSignatures($input: InvalidateSignaturesInput!) {
    invalidateSignatures(input: $input) {
      __typename
      ... on SignaturesInvalidated {
        invalidated
      }
      ...Refusal
    }
  }
`);

export const ExportSizeQuery = graphql(`
  query ExportSize($appealSlug: String!) {
    appealStats(appealSlug: $appealSlug) {
      funnel {
        submitted
        suspect
        invalid
      }
    }
  }
`);

export const SupportersQuery = graphql(`
  query Supporters(
    $slug: String!
    $appealSlug: String
    $confirmedOnly: Boolean
    $first: Int
    $after: String
  ) {
    organisation(slug: $slug) {
      id
      supporters(appealSlug: $appealSlug, confirmedOnly: $confirmedOnly, first: $first, after: $after) {
        edges {
          node {
            id
            name
            email
            country
            appealSlug
            via
            confirmed
            signedAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
