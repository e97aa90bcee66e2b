package org.setu.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.setu.directory.domain.Coverages;
import org.setu.directory.domain.SearchCriteria;
import org.setu.directory.domain.SearchText;
import org.setu.events.directory.Coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The search as one SQL statement: filters in the WHERE clause, the coverage fit as a join on the person's
 * place and the areas above it, ordered by fit (closest first), then free capacity, then name. Only the page's
 * ids come back; the services are read afterwards. Native SQL through Hibernate's session: the trigram-indexed
 * word search and the coverage fit have no JPQL form (docs/architecture.md, "Persistence").
 */
@ApplicationScoped
public class ServiceSearchQuery {

    /** One page of ids with the total number of matches and, for a place search, how closely each fits. */
    public record Hits(List<UUID> ids, List<Integer> fits, long total) {
    }

    @Inject
    Session session;

    public Hits run(SearchCriteria c) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.id, ");
        boolean byPlace = c.place() != null && !c.place().isEmpty();
        sql.append(byPlace ? "m.fit" : "0 AS fit").append(", count(*) OVER () AS total FROM directory_service s ");
        if (byPlace) {
            sql.append("JOIN (SELECT service_id, max(CASE level");
            for (Coverage p : c.place()) {
                sql.append(" WHEN '").append(p.level().name()).append("' THEN ").append(Coverages.closeness(p.level()));
            }
            sql.append(" END) AS fit FROM service_coverage WHERE ");
            List<String> ors = new ArrayList<>();
            for (Coverage p : c.place()) {
                ors.add("(level = ? AND area_id = ?)");
                args.add(p.level().name());
                args.add(p.id() == null ? "" : p.id());
            }
            sql.append('(').append(String.join(" OR ", ors)).append(')');
            if (c.category() != null) {
                sql.append(" AND category = ?");
                args.add(c.category().name());
            }
            sql.append(" GROUP BY service_id) m ON m.service_id = s.id ");
        }
        List<String> where = new ArrayList<>();
        if (c.category() != null) {
            where.add("s.category = ?");
            args.add(c.category().name());
        }
        if (c.organizationId() != null) {
            where.add("s.organization_id = ?");
            args.add(c.organizationId());
        }
        // an empty eligibility list means "anyone", so it matches every gender and victim category
        if (c.gender() != null) {
            where.add("(cardinality(s.genders) = 0 OR ? = ANY (s.genders))");
            args.add(c.gender().name());
        }
        if (c.victimCategory() != null) {
            where.add("(cardinality(s.victim_categories) = 0 OR ? = ANY (s.victim_categories))");
            args.add(c.victimCategory().name());
        }
        if (c.age() != null) {
            where.add("(s.min_age IS NULL OR s.min_age <= ?) AND (s.max_age IS NULL OR s.max_age >= ?)");
            args.add(c.age());
            args.add(c.age());
        }
        if (c.language() != null) {
            where.add("? = ANY (s.languages)");
            args.add(c.language());
        }
        if (c.acceptingReferrals() != null) {
            where.add("s.accepting_referrals = ?");
            args.add(c.acceptingReferrals());
        }
        if (c.hasCapacity() != null) {
            // a service that does not count its capacity is not known to be full
            where.add(c.hasCapacity() ? "(s.capacity_available IS NULL OR s.capacity_available > 0)" : "s.capacity_available = 0");
        }
        if (c.text() != null && !c.text().isBlank()) {
            // LIKE rather than strpos: the trigram index (V3) serves LIKE '%…%' and not a function call
            where.add("s.search_text LIKE ? ESCAPE '\\'");
            args.add("%" + likeLiteral(SearchText.fold(c.text())) + "%");
        }
        if (!where.isEmpty()) sql.append("WHERE ").append(String.join(" AND ", where)).append(' ');
        sql.append("ORDER BY fit DESC, s.capacity_available DESC NULLS LAST, s.name_en, s.id LIMIT ? OFFSET ?");
        args.add(c.size());
        args.add((long) c.page() * c.size());

        var query = session.createNativeQuery(sql.toString(), Object[].class);
        for (int i = 0; i < args.size(); i++) query.setParameter(i + 1, args.get(i));
        List<UUID> ids = new ArrayList<>();
        List<Integer> fits = new ArrayList<>();
        long total = 0;
        for (Object[] row : query.getResultList()) {
            ids.add((UUID) row[0]);
            fits.add(((Number) row[1]).intValue());
            total = ((Number) row[2]).longValue();
        }
        if (ids.isEmpty() && c.page() > 0) total = countOnly(c);
        return new Hits(ids, fits, total);
    }

    /** The text as LIKE reads it literally: its own wildcards and the escape character escaped. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A page past the end has no rows to carry the total; ask for the first page's instead. */
    private long countOnly(SearchCriteria c) {
        return run(new SearchCriteria(c.category(), c.place(), c.gender(), c.age(), c.victimCategory(), c.language(),
                c.acceptingReferrals(), c.hasCapacity(), c.text(), c.organizationId(), 0, 1)).total();
    }
}
