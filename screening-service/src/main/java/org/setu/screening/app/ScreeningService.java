package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.text.Reason;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.NotFound;
import org.jboss.logging.Logger;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.AgePolicy;
import org.setu.screening.domain.CaseReference;
import org.setu.screening.domain.DecisionEngine;
import org.setu.screening.domain.DuplicatePolicy;
import org.setu.screening.domain.DuplicatePolicy.Kind;
import org.setu.screening.domain.Instrument;
import org.setu.screening.domain.ScreeningOutcome;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PersonIndexRepository;
import org.setu.screening.persistence.ScreeningRepository;
import org.setu.screening.persistence.ScreeningRow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recording a screening, and amending one: check, find or open the case, decide, encrypt, save, publish, audit. */
@ApplicationScoped
public class ScreeningService {

    private static final Logger LOG = Logger.getLogger(ScreeningService.class);
    /** Ages are counted on Bangladesh's calendar day. */
    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InstrumentCatalog catalog;
    @Inject
    CaseRepository cases;
    @Inject
    ScreeningRepository screenings;
    @Inject
    PersonIndexRepository personIndex;
    @Inject
    CaseKeys keys;
    @Inject
    BlindIndex blindIndex;
    @Inject
    Sealed sealed;
    @Inject
    CaseAccess access;
    @Inject
    DuplicateReviewService duplicates;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Screened submit(NewScreening s, Caller caller) {
        UUID agency = access.agencyOf(caller);
        Instrument instrument = catalog.checked(s.instrumentCode(), s.instrumentVersion(), s.answers());
        Instant now = clock.instant();

        Map<Kind, byte[]> identifiers = blindIndex.of(s.person().details());
        personIndex.lock(identifiers);
        DuplicatePolicy.Finding finding = DuplicatePolicy.decide(personIndex.candidates(identifiers),
                identifiers.containsKey(Kind.DOCUMENT), agency);
        Optional<DuplicatePolicy.Candidate> joined = finding.join();

        // a joined case is the agency's own, and keeps its consent: consent changes only through its own request
        CaseRow kase = joined.map(m -> cases.lock(m.caseId()).orElseThrow()).orElseGet(() -> open(agency, now, s.consent()));
        cases.joinAgency(kase.id(), agency, now);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());

        ScreeningOutcome outcome = evaluate(instrument, s.answers(), s.person(), now);
        List<Reason> trace = new ArrayList<>(outcome.trace());
        joined.ifPresent(m -> trace.add(Reason.of("duplicate.joined", Reason.value(kase.ref()), DuplicatePolicy.reason(m))));

        UUID id = UUID.randomUUID();
        screenings.insert(new ScreeningRow(id, kase.id(),
                new ScreeningRow.Recorded(agency, caller.username(), s.context(), instrument.code(), instrument.version(), now),
                facts(s.location(), s.person(), outcome), conclusion(outcome),
                new ScreeningRow.Ciphertexts(sealed.person(cipher, id, s.person().details()),
                        sealed.answers(cipher, id, new Sealed.Answers(s.answers(), TraceCodec.encode(trace)))), 0, null));
        personIndex.add(kase.id(), identifiers);
        finding.possibleDuplicates().forEach(d -> duplicates.found(kase.id(), d, now));

        outbox.record(new ScreeningCompleted(kase.id(), kase.ref(), id, agency, s.context(), outcome.classification(),
                outcome.urgency(), outcome.needs(), outcome.ageBand(), s.person().sex(), s.location(), s.person().home(),
                s.person().languages(), VictimCategory.of(outcome.classification()).orElse(null), kase.consent(), now,
                s.person().nationality()));
        audit.record(AuditTrail.CREATE, "screening", id.toString(), "SCREENING");
        audit.record(joined.isPresent() ? AuditTrail.CHANGE : AuditTrail.CREATE, "case", kase.id().toString(), "SCREENING");
        LOG.infof("screening %s recorded on case %s by agency %s: %s, %s", id, kase.id(), agency,
                outcome.classification(), outcome.urgency());
        return new Screened(id, kase.id(), kase.ref(), withTrace(outcome, trace),
                joined.map(DuplicatePolicy.Candidate::caseId).orElse(null), 0);
    }

    /** A corrected screening: the answers (and, if given, the person) replace the old ones and are evaluated again. */
    @Transactional
    public Screened amend(UUID screeningId, Map<String, Object> answers, PersonInput person, AdminArea location, Caller caller) {
        ScreeningRow old = screenings.lock(screeningId).orElseThrow(NotFound::new);
        CaseRow kase = access.visibleCase(caller, old.caseId(), true);
        // a closed case's referrals were cancelled; a correction would route the person again behind the agency's back
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        ScreeningRow.Recorded recorded = old.recorded();
        if (!caller.hasRole(CaseAccess.COORDINATOR) && !caller.actsFor(recorded.agencyId())) throw new NotFound();
        Instrument instrument = catalog.checked(recorded.instrumentCode(), recorded.instrumentVersion(), answers);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        ScreeningRow.Facts was = old.facts();
        PersonInput current = person != null ? person
                : new PersonInput(sealed.person(cipher, old.id(), old.ciphertexts().person()), was.sex(), was.nationality(),
                was.languages(), was.home());
        Instant now = clock.instant();
        ScreeningOutcome outcome = evaluate(instrument, answers, current, now);
        int revision = old.revision() + 1;
        AdminArea where = location != null ? location : was.location();   // the person moved, or is where they were
        screenings.amend(new ScreeningRow(old.id(), kase.id(), recorded, facts(where, current, outcome),
                conclusion(outcome), new ScreeningRow.Ciphertexts(sealed.person(cipher, old.id(), current.details()),
                        sealed.answers(cipher, old.id(), new Sealed.Answers(answers, TraceCodec.encode(outcome.trace())))), revision, now));
        // numbers an amendment adds can only ever join this agency's own later screenings (DuplicatePolicy)
        personIndex.add(kase.id(), blindIndex.of(current.details()));
        Consent consent = kase.consent();
        outbox.record(new ScreeningAmended(kase.id(), kase.ref(), old.id(), revision, recorded.agencyId(), recorded.context(),
                outcome.classification(), outcome.urgency(), outcome.needs(), outcome.ageBand(), current.sex(),
                where, current.home(), current.languages(),
                VictimCategory.of(outcome.classification()).orElse(null), consent, now, current.nationality()));
        audit.record(AuditTrail.CHANGE, "screening", old.id().toString(), CaseAccess.purpose(caller));
        LOG.infof("screening %s amended (revision %d): %s, %s", old.id(), revision, outcome.classification(), outcome.urgency());
        return new Screened(old.id(), kase.id(), kase.ref(), outcome, null, revision);
    }

    private static ScreeningOutcome evaluate(Instrument instrument, Map<String, Object> answers, PersonInput person, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DHAKA);
        Integer age = AgePolicy.ageOn(today, person.details().dateOfBirth(), person.details().ageEstimate());
        return DecisionEngine.evaluate(instrument, answers, age, person.languages());
    }

    /** The pseudonymous facts kept in clear: the age band is the one the decision engine worked out. */
    private static ScreeningRow.Facts facts(AdminArea location, PersonInput person, ScreeningOutcome outcome) {
        return new ScreeningRow.Facts(location, person.home(), person.sex(), outcome.ageBand(), person.nationality(),
                person.languages());
    }

    private static ScreeningRow.Conclusion conclusion(ScreeningOutcome outcome) {
        return new ScreeningRow.Conclusion(outcome.classification(), outcome.urgency(), outcome.needs());
    }

    private static ScreeningOutcome withTrace(ScreeningOutcome o, List<Reason> trace) {
        return new ScreeningOutcome(o.classification(), o.urgency(), o.needs(), trace, o.child(), o.ageBand(), o.elements());
    }

    private CaseRow open(UUID agency, Instant now, Consent consent) {
        UUID id = UUID.randomUUID();
        String ref;
        do {
            ref = CaseReference.next(RANDOM);
        } while (cases.refTaken(ref));
        CaseKeys.Wrapped key = keys.newCaseKey(id);
        CaseRow kase = new CaseRow(id, ref, agency, CaseRow.Status.OPEN, now, null, null, null, key.key(), key.masterKeyId(),
                consent.services(), consent.shareWithProviders(), 0);
        cases.insert(kase);
        return kase;
    }
}
