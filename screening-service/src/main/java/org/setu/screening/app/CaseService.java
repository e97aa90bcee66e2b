package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.jboss.logging.Logger;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.ErasureReason;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.AgePolicy;
import org.setu.screening.domain.CaseReference;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.SharingPolicy;
import org.setu.screening.domain.Verdict;
import org.setu.screening.domain.reintegration.ContactPolicy;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.HandOverRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.FollowUpRepository;
import org.setu.screening.persistence.FollowUpRow;
import org.setu.screening.persistence.PlanRepository;
import org.setu.screening.persistence.PlannedReturnRepository;
import org.setu.screening.persistence.PersonIndexRepository;
import org.setu.screening.persistence.PossibleDuplicateRepository;
import org.setu.screening.persistence.ProviderAccessRepository;
import org.setu.screening.persistence.ScreeningRepository;
import org.setu.screening.persistence.ScreeningRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reading cases and screenings, consent, closing and erasure. Every read or change of personal data is audited. */
@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);

    @Inject
    PlanRepository plans;

    @Inject
    PlannedReturnRepository returns;

    @Inject
    PlannedReturnService plannedReturns;

    @Inject
    FollowUpRepository followUps;

    @Inject
    ScreeningSettings settings;

    @Inject
    CaseRepository cases;
    @Inject
    HandOverRepository handOvers;
    @Inject
    ScreeningRepository screenings;
    @Inject
    PersonIndexRepository personIndex;
    @Inject
    ProviderAccessRepository providerAccess;
    @Inject
    CaseKeys keys;
    @Inject
    Sealed sealed;
    @Inject
    CaseAccess access;
    @Inject
    PossibleDuplicateRepository duplicates;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;
    @Inject
    TraceText traceText;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Views.ScreeningView screening(UUID id, Caller caller, String language) {
        ScreeningRow s = screenings.find(id).orElseThrow(NotFound::new);
        CaseRow kase = access.visibleCase(caller, s.caseId(), false);
        ScreeningRow.Recorded recorded = s.recorded();
        if (!CaseAccess.readsScreening(caller, kase, recorded.agencyId())) throw new NotFound();
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        Sealed.Answers answers = sealed.answers(cipher, s.id(), s.ciphertexts().answers());
        audit.record(AuditTrail.READ, "screening", id.toString(), CaseAccess.purpose(caller));
        ScreeningRow.Conclusion c = s.conclusion();
        return new Views.ScreeningView(s.id(), kase.id(), kase.ref(), recorded.agencyId(), recorded.context(),
                new Views.InstrumentRef(recorded.instrumentCode(), recorded.instrumentVersion()),
                Views.PlaceView.of(s.facts().location(), s.facts().abroad()), recorded.screenedAt(), s.amendedAt(), s.revision(),
                person(s.facts(), sealed.person(cipher, s.id(), s.ciphertexts().person())), answers.answers(),
                Views.OutcomeView.of(c.classification(), c.urgency(), c.needs(), TraceCodec.decode(answers.trace()), traceText, language),
                s.facts().countryOfExploitation());
    }

    /** The case with the person as the caller's agency last recorded them (a coordinator sees the latest record). */
    @Transactional
    public Views.CaseView view(UUID id, Caller caller) {
        CaseRow kase = access.visibleCase(caller, id, false);
        List<ScreeningRow> all = screenings.ofCase(id);
        ScreeningRow source = all.stream()
                .filter(s -> CaseAccess.readsScreening(caller, kase, s.recorded().agencyId()))
                .max(ScreeningRow.BY_SCREENED_AT).orElseThrow(NotFound::new);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        Views.PersonView person = person(source.facts(), sealed.person(cipher, source.id(), source.ciphertexts().person()));
        audit.record(AuditTrail.READ, "case", id.toString(), CaseAccess.purpose(caller));
        return new Views.CaseView(kase.id(), kase.ref(), kase.status().name(), kase.openedAt(), kase.closedAt(),
                kase.closureReason(), Views.ConsentView.of(kase), person, all.stream().map(CaseService::summary).toList(), kase.version(),
                plannedReturns.summary(id).orElse(null));
    }

    /** Look-up by the reference read over the phone; no personal data in the answer, so nothing to audit. */
    public Views.Page<Views.CaseSummary> byRef(String typed, Caller caller) {
        String ref = CaseReference.parse(typed).orElseThrow(() ->
                new InvalidRequestException("ref", "must be a case reference such as BD-7K3F-9Q2M"));
        List<Views.CaseSummary> found = cases.findByRef(ref).filter(c -> access.sees(caller, c))
                .map(this::summary).stream().toList();
        return new Views.Page<>(found, 0, 20, found.size());
    }

    public Views.Page<Views.CaseSummary> list(Caller caller, int page, int size) {
        UUID agency = caller.hasRole(CaseAccess.COORDINATOR) ? null : access.agencyOf(caller);
        List<Views.CaseSummary> items = cases.page(agency, page, size).stream().map(this::summary).toList();
        return new Views.Page<>(items, page, size, cases.count(agency));
    }

    @Transactional
    public Views.ConsentView changeConsent(UUID id, Consent consent, Boolean crossBorder, Caller caller) {
        CaseRow kase = access.ownedCase(caller, id);
        cases.changeConsent(id, consent, crossBorder);
        UUID agency = caller.agencyId().orElse(kase.ownerAgency());
        outbox.record(new ConsentChanged(id, agency, consent, clock.instant()));
        audit.record(AuditTrail.CHANGE, "case-consent", id.toString(), "CONSENT");
        LOG.infof("consent of case %s changed: %s, share %s", id, consent.services(), consent.shareWithProviders());
        return Views.ConsentView.of(cases.find(id).orElseThrow());
    }

    /** The closing time starts the retention clock; the event lets the referral service cancel what is still open. */
    @Transactional
    public Views.CaseSummary close(UUID id, ClosureReason reason, Caller caller) {
        CaseRow kase = access.ownedCase(caller, id);
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        if (reason == ClosureReason.LOST_CONTACT) {
            Verdict lost = ContactPolicy.lostContact(followUps.ofCase(id).stream().map(FollowUpRow::reached).toList(),
                    settings.lostContactAttempts());
            if (!lost.holds()) {
                throw new ConflictException("a case is closed as lost contact after " + settings.lostContactAttempts()
                        + " unanswered follow-up attempts in a row; record them first", kase.status().name(), kase.version());
            }
        }
        Instant now = clock.instant();
        cases.close(id, reason, now);
        handOvers.withdrawOpen(id, now, caller.username());
        outbox.record(new CaseClosed(id, caller.agencyId().orElse(kase.ownerAgency()), reason, now));
        audit.record(AuditTrail.CHANGE, "case", id.toString(), "CASE_MANAGEMENT");
        LOG.infof("case %s closed: %s", id, reason);
        return summary(cases.find(id).orElseThrow());
    }

    @Transactional
    public void erase(UUID id, ErasureReason reason, Caller caller) {
        access.ownedCase(caller, id);
        shred(id, reason);
        audit.record(AuditTrail.ERASE, "case", id.toString(), "ERASURE");
    }

    /** The retention job's erasure: no caller, so the audit record names the service itself. */
    @Transactional
    public boolean eraseForRetention(UUID id) {
        CaseRow kase = cases.lock(id).orElse(null);
        if (kase == null || kase.status() != CaseRow.Status.CLOSED) return false;
        shred(id, ErasureReason.RETENTION_PERIOD_ENDED);
        audit.record(AuditTrail.ERASE, "case", id.toString(), "RETENTION");
        return true;
    }

    /**
     * What an erasure leaves is listed in docs/data-protection.md: the case row as a tombstone (no key, no
     * reference), its screenings at the coarse grain of the statistics, and the audit trail.
     */
    private void shred(UUID id, ErasureReason reason) {
        Instant now = clock.instant();
        String ref = cases.find(id).map(CaseRow::ref).orElse(null);
        cases.destroyKey(id, reason, now);
        screenings.scrubErasedCase(id);
        personIndex.removeCase(id);
        providerAccess.revokeCase(id);
        duplicates.removeCase(id);
        followUps.removeCase(id);
        plans.removeCase(id);
        returns.removeCase(id);
        handOvers.withdrawOpen(id, now, "erasure");
        idempotency.forgetAnswersNaming(id.toString());
        if (ref != null) idempotency.forgetAnswersNaming(ref);
        outbox.forgetEventsNaming(id.toString());
        outbox.record(new CaseErased(id, reason, now));
        LOG.infof("case %s erased (%s): its data key is destroyed", id, reason);
    }

    /** What an accepting provider may read, by the person's consent; 404 unless its organisation holds the referral. */
    @Transactional
    public Views.SharedView sharedView(UUID id, Caller caller) {
        UUID organization = access.agencyOf(caller);
        CaseRow kase = cases.find(id).filter(c -> !c.erased()).orElseThrow(NotFound::new);
        if (!providerAccess.holds(id, organization)) throw new NotFound();
        ScreeningRow latest = screenings.ofCase(id).stream().max(ScreeningRow.BY_SCREENED_AT).orElseThrow(NotFound::new);
        Views.SharedPerson person = asConsented(kase, latest);
        audit.record(AuditTrail.READ, "case-shared-view", id.toString(), "SERVICE_PROVISION");
        return new Views.SharedView(id, kase.ref(), kase.consentShare(), latest.conclusion().urgency(),
                latest.conclusion().needs(), person);
    }

    /**
     * Other agencies' cases that an NRM coordinator confirmed as the same person: each as far as its own consent
     * lets another agency read it (the share level that also governs providers). Each read is audited.
     */
    @Transactional
    public List<Views.LinkedCaseView> linkedCases(UUID id, Caller caller) {
        CaseRow own = access.visibleCase(caller, id, false);
        List<Views.LinkedCaseView> linked = new java.util.ArrayList<>();
        for (UUID otherId : duplicates.confirmedWith(own.id())) {
            CaseRow other = cases.find(otherId).filter(c -> !c.erased()).orElse(null);
            if (other == null) continue;
            ScreeningRow latest = screenings.ofCase(otherId).stream().max(ScreeningRow.BY_SCREENED_AT).orElse(null);
            Views.SharedPerson person = latest == null ? null : asConsented(other, latest);
            if (person != null) audit.record(AuditTrail.READ, "case-shared-view", otherId.toString(), "DUPLICATE_SHARING");
            linked.add(new Views.LinkedCaseView(other.id(), other.ref(), other.ownerAgency(), other.consentShare(), person));
        }
        return linked;
    }

    /**
     * What the person's consent lets someone outside the owning agency read of them (a provider, another agency that
     * screened the same person, the desk at the port of entry), from the latest screening; null when the consent shares
     * nothing or the case has no screening. The caller audits the read.
     */
    Views.SharedPerson asConsented(CaseRow kase) {
        return screenings.ofCase(kase.id()).stream().max(ScreeningRow.BY_SCREENED_AT)
                .map(latest -> asConsented(kase, latest)).orElse(null);
    }

    Views.SharedPerson asConsented(CaseRow kase, ScreeningRow latest) {
        Set<String> fields = SharingPolicy.fieldsFor(kase.consentShare());
        if (fields.isEmpty()) return null;
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        return shared(latest.facts(), sealed.person(cipher, latest.id(), latest.ciphertexts().person()), fields);
    }

    private Views.SharedPerson shared(ScreeningRow.Facts f, PersonDetails p, Set<String> fields) {
        Integer age = AgePolicy.ageOn(LocalDate.ofInstant(clock.instant(), ScreeningService.DHAKA), p.dateOfBirth(), p.ageEstimate());
        return new Views.SharedPerson(
                fields.contains("givenName") ? p.givenName() : null,
                fields.contains("familyName") ? p.familyName() : null,
                fields.contains("dateOfBirth") ? p.dateOfBirth() : null,
                fields.contains("age") ? age : null,
                fields.contains("sex") ? f.sex() : null,
                fields.contains("languages") ? f.languages() : null,
                fields.contains("phone") ? p.phone() : null,
                fields.contains("nationality") ? f.nationality() : null,
                fields.contains("documentNumber") ? p.documentNumber() : null,
                fields.contains("address") ? p.address() : null,
                fields.contains("home") ? f.home() : null,
                fields.contains("notes") ? p.notes() : null);
    }

    private static Views.PersonView person(ScreeningRow.Facts f, PersonDetails p) {
        return new Views.PersonView(p.givenName(), p.familyName(), p.dateOfBirth(), p.ageEstimate(), f.ageBand(), f.sex(),
                f.nationality(), f.languages(), p.phone(), p.documentNumber(), p.address(), f.home(), p.notes());
    }

    private static Views.ScreeningSummary summary(ScreeningRow s) {
        ScreeningRow.Recorded r = s.recorded();
        ScreeningRow.Conclusion c = s.conclusion();
        return new Views.ScreeningSummary(s.id(), r.agencyId(), r.context(), r.screenedAt(), s.revision(),
                c.classification(), c.urgency(), c.needs());
    }

    private Views.CaseSummary summary(CaseRow c) {
        ScreeningRow.Conclusion latest = screenings.ofCase(c.id()).stream().max(ScreeningRow.BY_SCREENED_AT)
                .map(ScreeningRow::conclusion).orElse(null);
        return new Views.CaseSummary(c.id(), c.ref(), c.status().name(), c.openedAt(), c.closedAt(), c.closureReason(),
                latest == null ? null : latest.classification(), latest == null ? null : latest.urgency(),
                latest == null ? List.of() : latest.needs());
    }
}
