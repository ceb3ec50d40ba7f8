import { graphql } from '../../graphql/generated';

export const AppealInsightQuery = graphql(`
  query AppealInsight(
    $appealSlug: String!
    $organisationId: ID
    $interval: StatsInterval
    $from: DateTime
    $to: DateTime
  ) {
    appealStats(
      appealSlug: $appealSlug
      organisationId: $organisationId
      interval: $interval
      from: $from
      to: $to
    ) {
      overTime {
        start
        count
      }
      overTimeByPartner {
        organisation {
          id
          name
        }
        buckets {
          start
          count
        }
      }
      byCountry {
        country
        count
      }
      byPartner {
        count
        organisation {
          id
          name
        }
      }
      funnel {
        submitted
        confirmed
        pending
        suspect
        invalid
      }
    }
  }
`);
