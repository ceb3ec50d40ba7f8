import { graphql } from '../../graphql/generated';

export const CampaignEventsQuery = graphql(`
  query CampaignEvents($slug: String!, $locale: String) {
    campaign(slug: $slug) {
      id
      slug
      title(locale: $locale)
      leadOrganisation {
        id
      }
      events(first: 50) {
        edges {
          node {
            id
            status
            format
            title(locale: $locale)
            startsAt
            timeZone
            venue
            capacity
            host {
              name
            }
            registrations {
              registered
              waitlisted
              placesLeft
            }
          }
        }
      }
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!, $locale: String) {
    event(id: $id) {
      id
      status
      format
      title(locale: $locale)
      description(locale: $locale)
      startsAt
      endsAt
      timeZone
      venue
      address
      capacity
      joinUrl
      calendarUrl
      host {
        id
        name
      }
      campaign {
        id
        slug
        title(locale: $locale)
        leadOrganisation {
          id
        }
      }
      registrations {
        registered
        waitlisted
        placesLeft
      }
    }
  }
`);

export const EventTextsQuery = graphql(`
  query EventTexts($id: ID!) {
    event(id: $id) {
      id
      format
      startsAt
      endsAt
      timeZone
      venue
      address
      capacity
      joinUrl
      defaultLocale
      availableLocales
      host {
        slug
      }
      campaign {
        slug
        leadOrganisation {
          id
        }
      }
      en: title(locale: "en")
      enDescription: description(locale: "en")
      ko: title(locale: "ko")
      koDescription: description(locale: "ko")
      ja: title(locale: "ja")
      jaDescription: description(locale: "ja")
    }
  }
`);

export const EventCampaignQuery = graphql(`
  query EventCampaign($slug: String!, $locale: String) {
    campaign(slug: $slug) {
      id
      slug
      title(locale: $locale)
      defaultLocale
      leadOrganisation {
        id
        slug
      }
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
`);

export const AttendeesQuery = graphql(`
  query Attendees(
    $id: ID!
    $organisationId: ID
    $status: RsvpStatus
    $attended: Boolean
    $first: Int
    $after: String
  ) {
    event(id: $id) {
      id
      attendees(
        organisationId: $organisationId
        status: $status
        attended: $attended
        first: $first
        after: $after
      ) {
        edges {
          node {
            id
            name
            email
            country
            status
            registeredAt
            attendedAt
            erased
            partner {
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
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      __typename
      ... on Event {
        id
      }
      ...Refusal
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      __typename
      ... on Event {
        id
      }
      ...Refusal
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      __typename
      ... on Event {
        id
        status
      }
      ...Refusal
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInAttendeeInput!) {
    checkInAttendee(input: $input) {
      __typename
      ... on Attendee {
        id
        attendedAt
      }
      ...Refusal
    }
  }
`);
