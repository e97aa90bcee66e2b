package org.setu.statistics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.setu.statistics.domain.Count;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;
import org.setu.statistics.domain.ProviderPerformance;
import org.setu.statistics.domain.ReferralTimes;
import org.setu.statistics.domain.UnmetNeeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The indicators' counts, grouped in SQL: an aggregate over the read model is what SQL is for, and it keeps the
 * rows in the database. Every column and expression comes from the enums below, never from the request's text.
 */
@ApplicationScoped
public class IndicatorQueries {

    private static final String DHAKA = "'Asia/Dhaka'";

    @Inject
    EntityManager em;

    public List<Count> counts(Indicator indicator, Period period, List<Dimension> by, Instant from, Instant until,
                              UUID agency) {
        Shape shape = shape(indicator);
        List<String> keys = by.stream().map(d -> expression(indicator, d)).toList();
        StringBuilder sql = new StringBuilder("SELECT ").append(label(period, shape.time)).append(" AS period");
        for (int i = 0; i < keys.size(); i++) sql.append(", ").append(keys.get(i)).append(" AS k").append(i);
        sql.append(", ").append(shape.counted).append(" AS n FROM ").append(shape.from)
                .append(" WHERE ").append(shape.time).append(" >= :from AND ").append(shape.time).append(" < :until");
        if (shape.where != null) sql.append(" AND ").append(shape.where);
        if (agency != null) sql.append(" AND ").append(shape.agency).append(" = :agency");
        sql.append(" GROUP BY 1");
        for (int i = 0; i < keys.size(); i++) sql.append(", ").append(i + 2);
        sql.append(" ORDER BY 1");
        for (int i = 0; i < keys.size(); i++) sql.append(", ").append(i + 2);

        var query = em.createNativeQuery(sql.toString()).setParameter("from", from).setParameter("until", until);
        if (agency != null) query.setParameter("agency", agency);
        List<Count> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = row instanceof Object[] a ? a : new Object[]{row};
            List<String> values = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) values.add(String.valueOf(cells[i + 1]));
            out.add(new Count((String) cells[0], values, ((Number) cells[keys.size() + 1]).longValue()));
        }
        return out;
    }

    /** Each referral first sent in the range, with the seconds to its acceptance and completion (null: not yet). */
    public List<ReferralTimes.Timing> referralTimes(Period period, List<Dimension> by, Instant from, Instant until,
                                                    UUID agency) {
        List<String> keys = by.stream().map(d -> d == Dimension.CATEGORY ? "r.category" : expression(Indicator.REFERRALS, d))
                .toList();
        StringBuilder sql = new StringBuilder("SELECT ").append(label(period, "r.sent_at"));
        for (String k : keys) sql.append(", ").append(k);
        sql.append(", EXTRACT(EPOCH FROM r.accepted_at - r.sent_at)::bigint")
                .append(", EXTRACT(EPOCH FROM r.completed_at - r.sent_at)::bigint")
                .append(" FROM referral_fact r LEFT JOIN case_fact c ON c.case_id = r.case_id")
                .append(" WHERE r.sent_at >= :from AND r.sent_at < :until");
        if (agency != null) sql.append(" AND r.referring_agency_id = :agency");
        var query = em.createNativeQuery(sql.toString()).setParameter("from", from).setParameter("until", until);
        if (agency != null) query.setParameter("agency", agency);
        List<ReferralTimes.Timing> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            List<String> values = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) values.add(String.valueOf(cells[i + 1]));
            out.add(new ReferralTimes.Timing((String) cells[0], values, seconds(cells[keys.size() + 1]),
                    seconds(cells[keys.size() + 2])));
        }
        return out;
    }

    /** Each sending to an organization in the range, with its first answer and the seconds it took (null: none yet). */
    public List<ProviderPerformance.Answer> providerAnswers(Instant from, Instant until, UUID organization) {
        String sql = """
                SELECT s.organization_id, a.kind, EXTRACT(EPOCH FROM a.occurred_at - s.occurred_at)::bigint
                FROM referral_step s
                LEFT JOIN LATERAL (SELECT x.kind, x.occurred_at FROM referral_step x
                                   WHERE x.referral_id = s.referral_id AND x.attempt = s.attempt
                                     AND x.kind IN ('ACCEPTED', 'DECLINED', 'EXPIRED')
                                   ORDER BY x.occurred_at LIMIT 1) a ON TRUE
                WHERE s.kind = 'SENT' AND s.organization_id IS NOT NULL
                  AND s.occurred_at >= :from AND s.occurred_at < :until"""
                + (organization != null ? " AND s.organization_id = :organization" : "");
        var query = em.createNativeQuery(sql).setParameter("from", from).setParameter("until", until);
        if (organization != null) query.setParameter("organization", organization);
        List<ProviderPerformance.Answer> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            out.add(new ProviderPerformance.Answer((UUID) cells[0], (String) cells[1], seconds(cells[2])));
        }
        return out;
    }

    /** The directory's names of each organization's services: the directory names services, not organizations. */
    public Map<UUID, List<ProviderPerformance.ServiceName>> serviceNames() {
        Map<UUID, List<ProviderPerformance.ServiceName>> out = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT organization_id, name_en, coalesce(name_bn, name_en) "
                + "FROM directory_service ORDER BY name_en").getResultList()) {
            Object[] cells = (Object[]) row;
            out.computeIfAbsent((UUID) cells[0], o -> new ArrayList<>())
                    .add(new ProviderPerformance.ServiceName((String) cells[1], (String) cells[2]));
        }
        return out;
    }

    private static Long seconds(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Where an indicator's rows come from, which time buckets them, what is counted and whose agency it is. */
    private record Shape(String from, String time, String counted, String where, String agency) {
    }

    private static Shape shape(Indicator indicator) {
        String steps = "referral_step s JOIN referral_fact r ON r.referral_id = s.referral_id "
                + "LEFT JOIN case_fact c ON c.case_id = r.case_id";
        switch (indicator) {
            case SCREENINGS:
                return new Shape("case_fact c", "c.screened_at", "count(*)", null, "c.agency_id");
            case REFERRALS:
                return new Shape(steps, "s.occurred_at", "count(*)", "s.kind <> 'CREATED'", "r.referring_agency_id");
            case UNMET_NEEDS:
                String reasons = UnmetNeeds.reasons().stream().sorted().map(r -> "'" + r + "'")
                        .collect(Collectors.joining(", "));
                return new Shape(steps, "s.occurred_at", "count(DISTINCT s.referral_id)",
                        "s.kind = 'ESCALATED' AND s.reason_code IN (" + reasons + ")", "r.referring_agency_id");
            case FOLLOW_UPS:
                return new Shape("follow_up_fact f LEFT JOIN case_fact c ON c.case_id = f.case_id", "f.contacted_at",
                        "count(*)", null, "f.agency_id");
            case NOTIFICATIONS:
                return new Shape("notification_fact n", "n.occurred_at", "count(*)", null, null);
            default:
                throw new IllegalArgumentException(indicator.name());
        }
    }

    private static String expression(Indicator indicator, Dimension d) {
        switch (d) {
            case DIVISION: return "coalesce(c.division_id, 'UNKNOWN')";
            case DISTRICT: return "coalesce(c.district_id, 'UNKNOWN')";
            case AGENCY: return agency(indicator);
            case CONTEXT: return "coalesce(c.context, 'UNKNOWN')";
            case SEX: return "coalesce(c.sex, 'UNKNOWN')";
            case AGE_BAND: return "coalesce(c.age_band, 'UNKNOWN')";
            case CHILD: return "CASE WHEN c.age_band LIKE 'CHILD%' THEN 'CHILD' "
                    + "WHEN c.age_band LIKE 'ADULT%' THEN 'ADULT' ELSE 'UNKNOWN' END";
            case NATIONALITY: return "coalesce(c.nationality, 'UNKNOWN')";
            case CLASSIFICATION: return "coalesce(c.classification, 'UNKNOWN')";
            case CATEGORY: return "s.category";
            case OUTCOME: return outcome(indicator);
            case REASON: return "coalesce(s.reason_code, 'NONE')";
            case CHANNEL: return "n.channel";
            default: throw new IllegalArgumentException(d.name());
        }
    }

    private static String agency(Indicator indicator) {
        switch (indicator) {
            case SCREENINGS: return "c.agency_id::text";
            case FOLLOW_UPS: return "f.agency_id::text";
            default: return "r.referring_agency_id::text";
        }
    }

    private static String outcome(Indicator indicator) {
        switch (indicator) {
            case NOTIFICATIONS: return "n.outcome";
            case FOLLOW_UPS: return "CASE WHEN NOT f.reached THEN 'NOT_REACHED' WHEN f.on_time IS NULL THEN 'UNSCHEDULED' "
                    + "WHEN f.on_time THEN 'ON_TIME' ELSE 'LATE' END";
            default: return "s.kind";
        }
    }

    private static String label(Period period, String time) {
        String local = "(" + time + " AT TIME ZONE " + DHAKA + ")";
        String format;
        switch (period) {
            case WEEK: format = "IYYY-\"W\"IW"; break;
            case QUARTER: format = "YYYY-\"Q\"Q"; break;
            default: format = "YYYY-MM";
        }
        return "to_char(date_trunc('" + period.unit() + "', " + local + "), '" + format + "')";
    }
}
