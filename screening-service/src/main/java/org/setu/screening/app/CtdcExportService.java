package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.kit.audit.AuditTrail;
import org.setu.screening.domain.AgePolicy;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.export.CtdcMapping;
import org.setu.screening.domain.export.CtdcRow;
import org.setu.screening.domain.export.CtdcRows;
import org.setu.screening.domain.export.CtdcSubject;
import org.setu.screening.domain.export.KAnonymity;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.ScreeningRepository;
import org.setu.screening.persistence.ScreeningRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The CTDC-compatible case export for IOM and the national statistics: one de-identified row per case opened in a
 * period, mapped from the answers by the instrument version's mapping file and k-anonymised before it leaves.
 * Only this service holds the answers, so only it can make the export. Read by the NRM coordinators and auditors.
 */
@ApplicationScoped
public class CtdcExportService {

    private static final Logger LOG = Logger.getLogger(CtdcExportService.class);

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    static final String RESOURCE = "ctdc-export";
    static final String PURPOSE = "STATISTICS";

    @Inject
    CaseRepository cases;
    @Inject
    ScreeningRepository screenings;
    @Inject
    CaseKeys keys;
    @Inject
    Sealed sealed;
    @Inject
    CtdcMappings mappings;
    @Inject
    ScreeningSettings settings;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What the export says about itself, so that a reader of the numbers knows what was done to them. */
    public record Metadata(String standard, LocalDate from, LocalDate to, Instant generatedAt, int k,
                           List<String> quasiIdentifiers, List<String> generalisations, int casesRead,
                           int casesNotVictims, int casesWithoutMapping, int casesUnreadable, int rowsSuppressed, int rowsExported,
                           List<String> instrumentVersions, String missingValue, CtdcMapping.Codebook codebook) {
    }

    public record Export(Metadata metadata, List<String> columns, List<CtdcRow> rows) {
    }

    /**
     * Cases opened from {@code from} to {@code to}, both included, as Dhaka days. Erased cases are not read: their
     * answers are gone with their key, and an erasure is a request that nothing more be made of the person.
     */
    @Transactional
    public Export export(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(DHAKA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(DHAKA).toInstant();
        List<CaseRow> opened = cases.openedBetween(start, end);
        List<CtdcRow> rows = new ArrayList<>();
        TreeSet<String> versions = new TreeSet<>();
        int notVictims = 0;
        int withoutMapping = 0;
        int unreadable = 0;
        for (CaseRow kase : opened) {
            // a case wrapped by a master key no longer configured cannot be read: counted, so that one such case
            // neither stops the export nor goes missing from it unseen
            if (!keys.knows(kase.masterKeyId())) {
                LOG.warnf("CTDC export: case %s is wrapped by master key %s, which is not configured; left out",
                        kase.id(), kase.masterKeyId());
                unreadable++;
                continue;
            }
            List<ScreeningRow> all = screenings.ofCase(kase.id());
            if (all.isEmpty()) continue;
            ScreeningRow latest = all.stream().max(ScreeningRow.BY_SCREENED_AT).orElseThrow();
            Optional<CtdcMapping> mapping = mappings.find(latest.recorded().instrumentCode(), latest.recorded().instrumentVersion());
            if (mapping.isEmpty()) {
                withoutMapping++;
                continue;
            }
            Optional<CtdcRow> row = CtdcRows.row(mapping.get(), subject(kase, all.get(0), latest));
            if (row.isEmpty()) {
                notVictims++;
                continue;
            }
            rows.add(row.get());
            versions.add(mapping.get().instrumentName());
        }
        CtdcMapping any = mappings.all().get(0);
        KAnonymity.Anonymised safe = KAnonymity.anonymise(rows, settings.ctdcExport().k(), any.missing());
        audit.record(AuditTrail.READ, RESOURCE, from + ".." + to, PURPOSE);
        Metadata metadata = new Metadata("CTDC global dataset (compatible subset)", from, to, clock.instant(), safe.k(),
                safe.quasiIdentifiers(), safe.generalisations(), opened.size(), notVictims, withoutMapping,
                unreadable, safe.suppressed(), safe.rows().size(), List.copyOf(versions), any.missing(), any.codebook());
        return new Export(metadata, mappings.columns(), safe.rows());
    }

    /** The case as the export reads it: registered when opened, the person as first screened, the latest answers. */
    private CtdcSubject subject(CaseRow kase, ScreeningRow first, ScreeningRow latest) {
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        PersonDetails person = sealed.person(cipher, first.id(), first.ciphertexts().person());
        LocalDate firstScreenedOn = first.recorded().screenedAt().atZone(DHAKA).toLocalDate();
        Integer age = AgePolicy.ageOn(firstScreenedOn, person.dateOfBirth(), person.ageEstimate());
        Sealed.Answers answers = sealed.answers(cipher, latest.id(), latest.ciphertexts().answers());
        return new CtdcSubject(kase.openedAt().atZone(DHAKA).getYear(), latest.facts().sex(), age,
                first.facts().ageBand().isChild(), latest.facts().nationality(), latest.conclusion().classification(),
                answers.answers(), latest.facts().countryOfExploitation() != null ? latest.facts().countryOfExploitation()
                        : first.facts().countryOfExploitation());
    }
}
