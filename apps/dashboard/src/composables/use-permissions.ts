// What the signed-in person may do, by the same rules the API applies, so the dashboard only offers
// what will work. The API still decides; this only keeps impossible buttons off the screen.
import { storeToRefs } from 'pinia';
import { useSessionStore } from '../stores/session';

interface CampaignLead {
  leadOrganisation: { id: string };
}

export function usePermissions() {
  const session = useSessionStore();
  const { isAdmin, organisation } = storeToRefs(session);
  return {
    isAdmin,
    /** Creating campaigns and organisations, moderation, the outbox, full signature lists: admins. */
    canCreateCampaign: () => isAdmin.value,
    /** Admins, and editors or owners of the campaign's lead organisation. */
    canRunCampaign: (campaign: CampaignLead | null | undefined) =>
      !!campaign && session.hasRole(campaign.leadOrganisation.id, 'editor'),
    /** Members, keys, invitations and the audit log of an organisation: its owners and admins. */
    canManageOrganisation: (organisationId: string | null | undefined = organisation.value?.id) =>
      session.hasRole(organisationId, 'owner'),
    /** Reading an organisation's members: anyone in it, and admins. */
    canSeeMembers: (organisationId: string | null | undefined = organisation.value?.id) =>
      session.hasRole(organisationId, 'viewer'),
    /** A partner's own supporters: admins and the partner's owners. */
    canSeeSupporters: (organisationId: string | null | undefined = organisation.value?.id) =>
      session.hasRole(organisationId, 'owner'),
  };
}
