package org.setu.statistics.app;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.setu.kit.security.Caller;
import org.setu.kit.security.CallerContext;
import org.setu.statistics.domain.Indicator;

import java.util.UUID;

/**
 * Whose figures a caller sees (docs/access-model.md): the NRM coordinators and auditors every agency's, or one
 * agency's when they ask for it; an agency's admin her own agency's only (as a referring agency, and as a provider
 * organization), and no notification figures, which are not kept per agency.
 */
@RequestScoped
public class StatisticsAccess {

    @Inject
    CallerContext callers;

    /** The agency the figures are limited to, or null for every agency. */
    public UUID agencyFor(Indicator indicator, UUID asked) {
        Caller caller = callers.caller();
        if (caller.hasRole("nrm-coordinator") || caller.hasRole("auditor")) return asked;
        if (!caller.hasRole("agency-admin") || caller.agencyId().isEmpty()) throw new ForbiddenException();
        if (indicator == Indicator.NOTIFICATIONS) throw new ForbiddenException();
        if (asked != null && !caller.actsFor(asked)) throw new ForbiddenException();
        return caller.agencyId().get();
    }

    /**
     * The organization whose provider figures the caller sees, or null for every organization: an agency's admin sees
     * her own organization's (an organization of the directory is an agency of the realm, with the same id).
     */
    public UUID organizationFor(UUID asked) {
        return agencyFor(Indicator.REFERRALS, asked);
    }
}
