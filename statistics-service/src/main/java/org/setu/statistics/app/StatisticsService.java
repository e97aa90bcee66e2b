package org.setu.statistics.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.audit.AuditTrail;
import org.setu.statistics.domain.Count;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;
import org.setu.statistics.domain.ProviderPerformance;
import org.setu.statistics.domain.ReferralTimes;
import org.setu.statistics.persistence.IndicatorQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The indicators as their readers may see them: limited to the caller's agency where she has one, then disclosed. */
@ApplicationScoped
public class StatisticsService {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    static final String PURPOSE = "STATISTICS";

    @Inject
    IndicatorQueries queries;

    @Inject
    StatisticsAccess access;

    @Inject
    StatisticsSettings settings;

    @Inject
    AuditTrail audit;

    @Transactional
    public Figures figures(Indicator indicator, Period period, List<Dimension> by, LocalDate from, LocalDate to,
                           UUID askedAgency) {
        Figures figures = readFigures(indicator, period, by, from, to, askedAgency);
        audit.record(AuditTrail.READ, "statistics", indicator.path(), PURPOSE);
        return figures;
    }

    /** The figures without their audit record, for a report that reads several and records itself once. */
    Figures readFigures(Indicator indicator, Period period, List<Dimension> by, LocalDate from, LocalDate to,
                        UUID askedAgency) {
        checkRange(from, to);
        UUID agency = access.agencyFor(indicator, askedAgency);
        List<Count> counts = queries.counts(indicator, period, by, start(from), until(to), agency);
        return Disclosure.of(indicator, period, by, from, to, agency, settings.suppressionThreshold(), counts);
    }

    /** The referrals first sent in the range, by period and breakdown: how many, the share completed, the times. */
    public record Times(Period period, List<Dimension> by, LocalDate from, LocalDate to, UUID agencyId, int threshold,
                        List<ReferralTimes.Group> groups) {
    }

    @Transactional
    public Times referralTimes(Period period, List<Dimension> by, LocalDate from, LocalDate to, UUID askedAgency) {
        Times times = readReferralTimes(period, by, from, to, askedAgency);
        audit.record(AuditTrail.READ, "statistics", "referral-times", PURPOSE);
        return times;
    }

    /** The referral times without their audit record, for a report. */
    Times readReferralTimes(Period period, List<Dimension> by, LocalDate from, LocalDate to, UUID askedAgency) {
        checkRange(from, to);
        UUID agency = access.agencyFor(Indicator.REFERRALS, askedAgency);
        int threshold = settings.suppressionThreshold();
        Map<List<String>, List<ReferralTimes.Timing>> groups = new TreeMap<>(Comparator.comparing(Object::toString));
        for (ReferralTimes.Timing t : queries.referralTimes(period, by, start(from), until(to), agency)) {
            List<String> group = new ArrayList<>();
            group.add(t.period());
            group.addAll(t.keys());
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(t);
        }
        List<ReferralTimes.Group> out = new ArrayList<>();
        groups.forEach((g, timings) -> out.add(ReferralTimes.of(g.get(0), g.subList(1, g.size()), timings, threshold)));
        return new Times(period, by, from, to, agency, threshold, out);
    }

    /** Each organization's answers to the referrals sent to it in the range, with the names of its services. */
    public record Providers(LocalDate from, LocalDate to, UUID organizationId, int threshold,
                            List<ProviderPerformance.Figures> organizations,
                            Map<UUID, List<ProviderPerformance.ServiceName>> services) {
    }

    @Transactional
    public Providers providers(LocalDate from, LocalDate to, UUID askedOrganization) {
        Providers providers = readProviders(from, to, askedOrganization);
        audit.record(AuditTrail.READ, "statistics", "providers", PURPOSE);
        return providers;
    }

    /** The provider figures without their audit record, for a report. */
    Providers readProviders(LocalDate from, LocalDate to, UUID askedOrganization) {
        checkRange(from, to);
        UUID organization = access.organizationFor(askedOrganization);
        int threshold = settings.suppressionThreshold();
        Map<UUID, List<ProviderPerformance.Answer>> byOrganization = new TreeMap<>();
        for (ProviderPerformance.Answer a : queries.providerAnswers(start(from), until(to), organization)) {
            byOrganization.computeIfAbsent(a.organizationId(), o -> new ArrayList<>()).add(a);
        }
        List<ProviderPerformance.Figures> out = new ArrayList<>();
        byOrganization.forEach((o, answers) -> out.add(ProviderPerformance.of(o, answers, threshold)));
        Map<UUID, List<ProviderPerformance.ServiceName>> names = queries.serviceNames();
        names.keySet().retainAll(byOrganization.keySet());
        return new Providers(from, to, organization, threshold, out, names);
    }

    private void checkRange(LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) >= settings.longestRangeDays()) {
            throw new InvalidRequestException("to", "may be at most " + settings.longestRangeDays() + " days after from");
        }
    }

    private static Instant start(LocalDate from) {
        return from.atStartOfDay(DHAKA).toInstant();
    }

    private static Instant until(LocalDate to) {
        return to.plusDays(1).atStartOfDay(DHAKA).toInstant();
    }
}
