package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.referral.domain.AgencyRoutingPolicy;
import org.setu.referral.persistence.AgencyPolicyRepository;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and changes the agencies' routing policies. An agency admin reaches only their own agency's policy (another
 * agency's answers 404, as every foreign record does); NRM coordinators read every agency's but change none, because
 * whether a case worker approves first is the agency's own way of working. Every change is in the audit trail.
 */
@ApplicationScoped
public class RoutingPolicyService {

    public static final String AGENCY_ADMIN = "agency-admin";
    static final String RESOURCE = "routing-policy";
    static final String PURPOSE = "ROUTING_ADMINISTRATION";

    private static final Logger LOG = Logger.getLogger(RoutingPolicyService.class);

    @Inject
    AgencyPolicyRepository policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Page(List<AgencyRoutingPolicy> items, long total) {
    }

    public AgencyRoutingPolicy read(UUID agencyId, Caller caller) {
        if (!caller.hasRole(ReferralAccess.COORDINATOR) && !ownAgency(agencyId, caller)) throw new NotFound();
        return policies.policyOf(agencyId);
    }

    public Page list(int page, int size) {
        return new Page(policies.page(page, size), policies.count());
    }

    /**
     * Replaces the agency's policy with a new version. {@code expectedVersion} (0 for an agency still on the default)
     * guards against overwriting a change the admin has not seen; without it the last write wins.
     */
    @Transactional
    public AgencyRoutingPolicy change(UUID agencyId, Long expectedVersion, Set<Urgency> urgencies,
                                      Set<ServiceCategory> categories, Caller caller) {
        if (!ownAgency(agencyId, caller)) throw new NotFound();
        if (urgencies.contains(Urgency.IMMEDIATE)) {
            throw new InvalidRequestException("approveFirstUrgencies",
                    "IMMEDIATE referrals are always sent at once; only HIGH and ROUTINE referrals can wait for approval");
        }
        AgencyRoutingPolicy saved = policies.save(agencyId, expectedVersion, urgencies, categories, clock.instant())
                .orElseThrow(() -> new ConflictException("the routing policy changed since version " + expectedVersion
                        + "; reload it and decide again", null, policies.policyOf(agencyId).version()));
        audit.record(AuditTrail.CHANGE, RESOURCE, agencyId.toString(), PURPOSE);
        LOG.infof("routing policy of agency %s changed to version %d", agencyId, saved.version());
        return saved;
    }

    private static boolean ownAgency(UUID agencyId, Caller caller) {
        return caller.hasRole(AGENCY_ADMIN) && caller.actsFor(agencyId);
    }
}
