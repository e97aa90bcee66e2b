package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.text.Reason;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
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
import org.setu.screening.domain.abroad.Abroad;
import org.setu.screening.domain.abroad.AbroadPolicy;
import org.setu.screening.domain.abroad.AgencyLocation;
import org.setu.screening.domain.repatriation.FieldProblem;
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
    @Inject
    AgencyLocationService agencies;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Screened submit(NewScreening s, Caller caller) {
        UUID agency = access.agencyOf(caller);
        AgencyLocation where = agencies.of(agency);
        refuse(AbroadPolicy.problems(where, new AbroadPolicy.Given(s.location(), s.abroad(), s.person().home(),
                s.countryOfExploitation())));
        refuse(AbroadPolicy.crossBorderAsked(where, s.crossBorder()));
        // the policy refused the kind of place that does not fit the agency; what is left of it is at most empty
        AdminArea area = where.abroad() ? null : s.location();
        Abroad abroad = where.abroad() ? s.abroad() : null;
        Instrument instrument = catalog.checked(s.instrumentCode(), s.instrumentVersion(), s.answers());
        Instant now = clock.instant();

        Map<Kind, byte[]> identifiers = blindIndex.of(s.person().details());
        personIndex.lock(identifiers);
        DuplicatePolicy.Finding finding = DuplicatePolicy.decide(personIndex.candidates(identifiers),
                identifiers.containsKey(Kind.DOCUMENT), agency);
        Optional<DuplicatePolicy.Candidate> joined = finding.join();

        // a joined case is the agency's own, and keeps its consent: consent changes only through its own request
        CaseRow kase = joined.map(m -> cases.lock(m.caseId()).orElseThrow()).orElseGet(() -> open(agency, now, s.consent(), s.crossBorder()));
        cases.joinAgency(kase.id(), agency, now);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());

        ScreeningOutcome outcome = evaluate(instrument, s.answers(), s.person(), now);
        List<Reason> trace = new ArrayList<>(outcome.trace());
        joined.ifPresent(m -> trace.add(Reason.of("duplicate.joined", Reason.value(kase.ref()), DuplicatePolicy.reason(m))));

        UUID id = UUID.randomUUID();
        screenings.insert(new ScreeningRow(id, kase.id(),
                new ScreeningRow.Recorded(agency, caller.username(), s.context(), instrument.code(), instrument.version(), now),
                facts(area, abroad, s.person(), outcome, s.countryOfExploitation()), conclusion(outcome),
                new ScreeningRow.Ciphertexts(sealed.person(cipher, id, s.person().details()),
                        sealed.answers(cipher, id, new Sealed.Answers(s.answers(), TraceCodec.encode(trace)))), 0, null));
        personIndex.add(kase.id(), identifiers);
        finding.possibleDuplicates().forEach(d -> duplicates.found(kase.id(), d, now));

        outbox.record(new ScreeningCompleted(kase.id(), kase.ref(), id, agency, s.context(), outcome.classification(),
                outcome.urgency(), outcome.needs(), outcome.ageBand(), s.person().sex(), routedFrom(area, s.person().home()),
                s.person().home(), s.person().languages(), VictimCategory.of(outcome.classification()).orElse(null),
                kase.consent(), now, s.person().nationality(), abroad == null ? null : abroad.country(),
                s.countryOfExploitation()));
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
        return amend(screeningId, answers, person, location, null, caller);
    }

    /**
     * As above, with the country of exploitation when it is corrected (null: the recorded one stays). A screening abroad
     * keeps its place: the person is screened again at home when they arrive, and still needs their home district.
     */
    @Transactional
    public Screened amend(UUID screeningId, Map<String, Object> answers, PersonInput person, AdminArea location,
                          String countryOfExploitation, Caller caller) {
        ScreeningRow old = screenings.lock(screeningId).orElseThrow(NotFound::new);
        CaseRow kase = access.visibleCase(caller, old.caseId(), true);
        // a closed case's referrals were cancelled; a correction would route the person again behind the agency's back
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        if (!CaseAccess.readsScreening(caller, kase, old.recorded().agencyId())) throw new NotFound();
        return amended(old, kase, answers, person, location, countryOfExploitation, CaseAccess.purpose(caller));
    }

    /**
     * The desk at the port of entry screens the person again on the spot as she arrives (issue #19, item 4): her answers
     * amend the case's latest screening, which the desk never read, so that routing works from what she says at home.
     * The desk's right comes from the arrival it is confirming (ArrivalsService), not from seeing the case.
     */
    @Transactional
    public Screened amendAtArrival(UUID caseId, Map<String, Object> answers) {
        ScreeningRow latest = screenings.ofCase(caseId).stream().max(ScreeningRow.BY_SCREENED_AT).orElseThrow(NotFound::new);
        ScreeningRow old = screenings.lock(latest.id()).orElseThrow(NotFound::new);
        CaseRow kase = cases.lock(caseId).orElseThrow(NotFound::new);
        return amended(old, kase, answers, null, null, null, ArrivalsService.PURPOSE);
    }

    private Screened amended(ScreeningRow old, CaseRow kase, Map<String, Object> answers, PersonInput person, AdminArea location,
                             String countryOfExploitation, String purpose) {
        ScreeningRow.Recorded recorded = old.recorded();
        Instrument instrument = catalog.checked(recorded.instrumentCode(), recorded.instrumentVersion(), answers);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        ScreeningRow.Facts was = old.facts();
        String exploitedIn = countryOfExploitation != null ? countryOfExploitation : was.countryOfExploitation();
        if (was.abroad() != null) {
            if (location != null) {
                throw new InvalidRequestException("location", "must be left out: the screening took place abroad and keeps its place");
            }
            refuse(AbroadPolicy.problems(new AgencyLocation(was.abroad().country(), was.abroad().city()),
                    new AbroadPolicy.Given(null, was.abroad(), person != null ? person.home() : was.home(), exploitedIn)));
        } else {
            refuse(AbroadPolicy.problems(AgencyLocation.IN_BANGLADESH,
                    new AbroadPolicy.Given(location != null ? location : was.location(), null, null, exploitedIn)));
        }
        PersonInput current = person != null ? person
                : new PersonInput(sealed.person(cipher, old.id(), old.ciphertexts().person()), was.sex(), was.nationality(),
                was.languages(), was.home());
        Instant now = clock.instant();
        ScreeningOutcome outcome = evaluate(instrument, answers, current, now);
        int revision = old.revision() + 1;
        AdminArea where = location != null ? location : was.location();   // the person moved, or is where they were
        screenings.amend(new ScreeningRow(old.id(), kase.id(), recorded, facts(where, was.abroad(), current, outcome, exploitedIn),
                conclusion(outcome), new ScreeningRow.Ciphertexts(sealed.person(cipher, old.id(), current.details()),
                        sealed.answers(cipher, old.id(), new Sealed.Answers(answers, TraceCodec.encode(outcome.trace())))), revision, now));
        // numbers an amendment adds can only ever join this agency's own later screenings (DuplicatePolicy)
        personIndex.add(kase.id(), blindIndex.of(current.details()));
        Consent consent = kase.consent();
        outbox.record(new ScreeningAmended(kase.id(), kase.ref(), old.id(), revision, recorded.agencyId(), recorded.context(),
                outcome.classification(), outcome.urgency(), outcome.needs(), outcome.ageBand(), current.sex(),
                routedFrom(where, current.home()), current.home(), current.languages(),
                VictimCategory.of(outcome.classification()).orElse(null), consent, now, current.nationality(),
                was.abroad() == null ? null : was.abroad().country(), exploitedIn));
        audit.record(AuditTrail.CHANGE, "screening", old.id().toString(), purpose);
        LOG.infof("screening %s amended (revision %d): %s, %s", old.id(), revision, outcome.classification(), outcome.urgency());
        return new Screened(old.id(), kase.id(), kase.ref(), outcome, null, revision);
    }

    private static ScreeningOutcome evaluate(Instrument instrument, Map<String, Object> answers, PersonInput person, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DHAKA);
        Integer age = AgePolicy.ageOn(today, person.details().dateOfBirth(), person.details().ageEstimate());
        return DecisionEngine.evaluate(instrument, answers, age, person.languages());
    }

    /** The pseudonymous facts kept in clear: the age band is the one the decision engine worked out. */
    private static ScreeningRow.Facts facts(AdminArea location, Abroad abroad, PersonInput person, ScreeningOutcome outcome,
                                            String countryOfExploitation) {
        return new ScreeningRow.Facts(location, abroad, person.home(), person.sex(), outcome.ageBand(), person.nationality(),
                person.languages(), countryOfExploitation);
    }

    /**
     * The area the event gives as the person's current location. Abroad it is the home area: the services that will
     * take the person are at home, and the referral service routes only within Bangladesh. The event's
     * {@code screeningCountry} says that the person is not there yet.
     */
    static AdminArea routedFrom(AdminArea area, AdminArea home) {
        return area != null ? area : home;
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) throw new InvalidRequestException(problems.get(0).field(), problems.get(0).message());
    }

    private static ScreeningRow.Conclusion conclusion(ScreeningOutcome outcome) {
        return new ScreeningRow.Conclusion(outcome.classification(), outcome.urgency(), outcome.needs());
    }

    private static ScreeningOutcome withTrace(ScreeningOutcome o, List<Reason> trace) {
        return new ScreeningOutcome(o.classification(), o.urgency(), o.needs(), trace, o.child(), o.ageBand(), o.elements());
    }

    private CaseRow open(UUID agency, Instant now, Consent consent, Boolean crossBorder) {
        UUID id = UUID.randomUUID();
        String ref;
        do {
            ref = CaseReference.next(RANDOM);
        } while (cases.refTaken(ref));
        CaseKeys.Wrapped key = keys.newCaseKey(id);
        CaseRow kase = new CaseRow(id, ref, agency, CaseRow.Status.OPEN, now, null, null, null, key.key(), key.masterKeyId(),
                consent.services(), consent.shareWithProviders(), crossBorder, 0);
        cases.insert(kase);
        return kase;
    }
}
