package org.setu.directory.domain;

import java.util.UUID;

import static org.setu.directory.domain.Actor.AGENCY_ADMIN;
import static org.setu.directory.domain.Actor.DIRECTORY_ADMIN;
import static org.setu.directory.domain.Actor.NRM_COORDINATOR;
import static org.setu.directory.domain.Actor.PROVIDER_STAFF;

/**
 * Who may change what in the directory (docs/access-model.md, docs/directory.md). Reading the directory is open
 * to every signed-in user: case workers must find services. Changing it is for the directory admins, and for an agency's own
 * admins on that agency's entries; provider staff keep their own services' capacity current.
 */
public final class DirectoryAccess {

    private DirectoryAccess() {
    }

    /** New organizations join the directory through its admins: an agency cannot create another agency. */
    public static AccessDecision createOrganization(Actor a) {
        return a.is(DIRECTORY_ADMIN)
                ? AccessDecision.allow("directory admins manage every entry")
                : AccessDecision.deny("only directory admins add organizations");
    }

    /** An organization's own entries (the organization, its services and locations). */
    public static AccessDecision manageEntriesOf(Actor a, UUID organizationId) {
        if (a.is(DIRECTORY_ADMIN)) return AccessDecision.allow("directory admins manage every entry");
        if (a.is(AGENCY_ADMIN) && a.actsFor(organizationId)) return AccessDecision.allow("agency admins manage their own organization's entries");
        if (a.is(AGENCY_ADMIN)) return AccessDecision.deny("agency admins manage only their own organization's entries");
        return AccessDecision.deny("your role does not manage directory entries");
    }

    /** Removing an organization takes its services off the directory, so it stays with the directory admins. */
    public static AccessDecision removeOrganization(Actor a) {
        return createOrganization(a);
    }

    /** Capacity changes by the hour; the provider's own staff know it best. */
    public static AccessDecision updateCapacity(Actor a, UUID organizationId) {
        AccessDecision manage = manageEntriesOf(a, organizationId);
        if (manage.allowed()) return manage;
        if (a.is(PROVIDER_STAFF) && a.actsFor(organizationId)) return AccessDecision.allow("provider staff keep their own services' capacity current");
        if (a.is(PROVIDER_STAFF)) return AccessDecision.deny("provider staff update only their own organization's services");
        return manage;
    }

    /**
     * A confidential shelter's address protects the people inside. The directory admins, the NRM coordinators
     * and the organization's own staff need it; everyone else sees the area, not the street.
     */
    public static AccessDecision seeConfidentialAddress(Actor a, UUID organizationId) {
        if (a.is(DIRECTORY_ADMIN) || a.is(NRM_COORDINATOR)) return AccessDecision.allow("oversight of the whole directory");
        if (a.actsFor(organizationId)) return AccessDecision.allow("the organization's own location");
        return AccessDecision.deny("confidential addresses are shown only to those who need them");
    }

    /** Publishing every snapshot again, and importing a whole directory, are directory-wide acts. */
    public static AccessDecision administerDirectory(Actor a) {
        return a.is(DIRECTORY_ADMIN)
                ? AccessDecision.allow("directory admins manage every entry")
                : AccessDecision.deny("only directory admins act on the whole directory");
    }
}
