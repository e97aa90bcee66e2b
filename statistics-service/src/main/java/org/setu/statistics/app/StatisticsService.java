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
import org.setu.statistics.persistence.IndicatorQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        if (ChronoUnit.DAYS.between(from, to) >= settings.longestRangeDays()) {
            throw new InvalidRequestException("to", "may be at most " + settings.longestRangeDays() + " days after from");
        }
        UUID agency = access.agencyFor(indicator, askedAgency);
        Instant start = from.atStartOfDay(DHAKA).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(DHAKA).toInstant();
        List<Count> counts = queries.counts(indicator, period, by, start, until, agency);
        audit.record(AuditTrail.READ, "statistics", indicator.path(), PURPOSE);
        return Disclosure.of(indicator, period, by, from, to, agency, settings.suppressionThreshold(), counts);
    }
}
