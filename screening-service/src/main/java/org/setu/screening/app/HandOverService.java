package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import org.jboss.logging.Logger;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.handover.HandOverPolicy;
import org.setu.screening.domain.handover.HandOverSide;
import org.setu.screening.domain.handover.HandOverStatus;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.HandOverRepository;
import org.setu.screening.persistence.HandOverRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The hand-over of a case from the agency that owns it to another (issue #19, item 5; docs/screening.md, "Hand-over"):
 * typically the agency abroad that screened a returnee, handing her case to an agency in her home district. The owning
 * agency proposes; only the receiving agency accepts or declines; the proposer (or a coordinator) may withdraw. On
 * acceptance the case, its screenings and its referrals belong to the receiving agency, and the agency that handed it
 * over no longer sees it. A case crosses a border only with the person's yes to the instrument's cross-border question.
 */
@ApplicationScoped
public class HandOverService {

    private static final Logger LOG = Logger.getLogger(HandOverService.class);
    static final String RESOURCE = "hand-over";
    static final String PURPOSE = "HAND_OVER";

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    HandOverRepository handOvers;

    @Inject
    AgencyLocationService agencies;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** A hand-over as the API shows it: agencies, codes and times, the case reference, and the planned return if any. */
    public record HandOver(UUID id, UUID caseId, String caseRef, UUID fromAgency, UUID toAgency, HandOverStatus status,
                           HandOverDeclineReason declineReason, Instant proposedAt, Instant decidedAt,
                           ReturnSummary plannedReturn) {
    }

    /** The planned return of the case, so that the receiving agency knows when and where the person comes home. */
    public record ReturnSummary(String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo, ReturnStatus status) {
    }

    @Transactional
    public HandOver propose(UUID caseId, UUID toAgency, Caller caller) {
        CaseRow kase = access.ownedCase(caller, caseId);
        if (!HandOverPolicy.goesElsewhere(kase.ownerAgency(), toAgency)) {
            throw new InvalidRequestException("toAgency", "must be another agency than the one that owns the case");
        }
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        if (handOvers.openFor(caseId).isPresent()) {
            throw new ConflictException("the case already has a hand-over waiting for an answer; withdraw it first",
                    kase.status().name(), kase.version());
        }
        boolean crossing = HandOverPolicy.crossesBorder(agencies.of(kase.ownerAgency()), agencies.of(toAgency));
        if (!HandOverPolicy.consentAllows(crossing, kase.consentCrossBorder())) {
            throw new ConflictException("the person has not consented to their case going to an agency in another country",
                    kase.status().name(), kase.version());
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        handOvers.insert(new HandOverRow(id, caseId, kase.ownerAgency(), toAgency, HandOverStatus.PROPOSED, null, now,
                caller.username(), null, null));
        outbox.record(new HandOverProposed(caseId, id, kase.ownerAgency(), toAgency, now));
        audit.record(AuditTrail.CREATE, RESOURCE, id.toString(), PURPOSE);
        LOG.infof("hand-over %s of case %s proposed: agency %s to %s", id, caseId, kase.ownerAgency(), toAgency);
        return view(handOvers.listedOne(id));
    }

    /** The case's hand-overs, oldest first: part of its history for whoever sees the case. */
    @Transactional
    public List<HandOver> ofCase(UUID caseId, Caller caller) {
        access.visibleCase(caller, caseId, false);
        return handOvers.ofCase(caseId).stream().map(HandOverService::view).toList();
    }

    /** An agency's hand-overs, received or sent; a coordinator's list holds every agency's. */
    public Views.Page<HandOver> list(Caller caller, HandOverSide side, HandOverStatus status, int page, int size) {
        UUID agency = caller.hasRole(CaseAccess.COORDINATOR) ? null : access.agencyOf(caller);
        List<HandOver> items = handOvers.page(agency, side, status, page, size).stream().map(HandOverService::view).toList();
        return new Views.Page<>(items, page, size, handOvers.count(agency, side, status));
    }

    /**
     * The receiving agency takes the case: it owns it from now on, sees its screenings and follows its referrals (the
     * referral service moves them on the event), and the agency that handed it over no longer sees it.
     */
    @Transactional
    public HandOver accept(UUID id, Caller caller) {
        HandOverRow h = answerable(id, caller);
        CaseRow kase = cases.lock(h.caseId()).orElseThrow(NotFound::new);
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        Instant now = clock.instant();
        handOvers.decide(id, HandOverStatus.ACCEPTED, null, now, caller.username());
        cases.handOver(h.caseId(), h.fromAgency(), h.toAgency(), now);
        outbox.record(new CaseHandedOver(h.caseId(), id, h.fromAgency(), h.toAgency(), now));
        audit.record(AuditTrail.CHANGE, "case", h.caseId().toString(), PURPOSE);
        LOG.infof("hand-over %s accepted: case %s now belongs to agency %s", id, h.caseId(), h.toAgency());
        return view(handOvers.listedOne(id));
    }

    @Transactional
    public HandOver decline(UUID id, HandOverDeclineReason reason, Caller caller) {
        HandOverRow h = answerable(id, caller);
        Instant now = clock.instant();
        handOvers.decide(id, HandOverStatus.DECLINED, reason, now, caller.username());
        outbox.record(new HandOverDeclined(h.caseId(), id, h.fromAgency(), h.toAgency(), reason, now));
        audit.record(AuditTrail.CHANGE, RESOURCE, id.toString(), PURPOSE);
        LOG.infof("hand-over %s declined by agency %s: %s", id, h.toAgency(), reason);
        return view(handOvers.listedOne(id));
    }

    /** The proposing agency (or a coordinator) takes the proposal back, for instance to send the case elsewhere. */
    @Transactional
    public HandOver withdraw(UUID id, Caller caller) {
        HandOverRow h = handOvers.lock(id).orElseThrow(NotFound::new);
        boolean sender = caller.actsFor(h.fromAgency()) || caller.hasRole(CaseAccess.COORDINATOR);
        if (!sender) {
            if (caller.actsFor(h.toAgency())) throw new ForbiddenException("the receiving agency accepts or declines; it does not withdraw");
            throw new NotFound();
        }
        open(h);
        handOvers.decide(id, HandOverStatus.WITHDRAWN, null, clock.instant(), caller.username());
        audit.record(AuditTrail.CHANGE, RESOURCE, id.toString(), PURPOSE);
        return view(handOvers.listedOne(id));
    }

    /** A hand-over only its receiving agency answers: the sender and the coordinators are refused, anyone else never saw it. */
    private HandOverRow answerable(UUID id, Caller caller) {
        HandOverRow h = handOvers.lock(id).orElseThrow(NotFound::new);
        if (!caller.actsFor(h.toAgency())) {
            if (caller.actsFor(h.fromAgency()) || caller.hasRole(CaseAccess.COORDINATOR)) {
                throw new ForbiddenException("only the receiving agency accepts or declines a hand-over");
            }
            throw new NotFound();
        }
        open(h);
        return h;
    }

    private static void open(HandOverRow h) {
        if (!HandOverPolicy.isOpen(h.status())) throw new ConflictException("the hand-over was already answered or withdrawn",
                h.status().name(), null);
    }

    private static HandOver view(HandOverRepository.Listed l) {
        HandOverRow r = l.row();
        ReturnSummary ret = l.portOfEntry() == null ? null
                : new ReturnSummary(l.portOfEntry(), l.expectedFrom(), l.expectedTo(), ReturnStatus.valueOf(l.returnStatus()));
        return new HandOver(r.id(), r.caseId(), l.caseRef(), r.fromAgency(), r.toAgency(), r.status(), r.declineReason(),
                r.proposedAt(), r.decidedAt(), ret);
    }
}
