package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.DuplicatePolicy.Kind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pairs of cases of different agencies that may be one person, waiting for or decided by an NRM coordinator. */
@ApplicationScoped
public class PossibleDuplicateRepository {

    private static final String COLUMNS = "id, case_id, other_case_id, matched_on, status, found_at, decided_at, decided_by";

    @Inject
    Jdbc jdbc;

    /**
     * A pair already known, in either direction and whatever its status, is not queued again (the screening's
     * identifier locks keep two screenings of one person from racing here). Answers whether it was new.
     */
    public boolean insert(PossibleDuplicateRow d) {
        boolean known = jdbc.one("SELECT 1 FROM possible_duplicate WHERE (case_id = ? AND other_case_id = ?) "
                + "OR (case_id = ? AND other_case_id = ?)", rs -> true, d.caseId(), d.otherCaseId(), d.otherCaseId(), d.caseId())
                .isPresent();
        if (known) return false;
        jdbc.update("INSERT INTO possible_duplicate (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.caseId(), d.otherCaseId(), d.matchedOn().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                d.status(), d.foundAt(), d.decidedAt(), d.decidedBy());
        return true;
    }

    public Optional<PossibleDuplicateRow> lock(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM possible_duplicate WHERE id = ? FOR UPDATE", PossibleDuplicateRepository::row, id);
    }

    public Optional<PossibleDuplicateRow> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM possible_duplicate WHERE id = ?", PossibleDuplicateRepository::row, id);
    }

    /** A page in the order they were found (oldest first, so the queue is worked from its head); every status when null. */
    public List<PossibleDuplicateRow> page(PossibleDuplicateRow.Status status, int page, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM possible_duplicate WHERE (?::varchar IS NULL OR status = ?) "
                        + "ORDER BY found_at, id LIMIT ? OFFSET ?", PossibleDuplicateRepository::row,
                status == null ? null : status.name(), status == null ? null : status.name(), size, (long) page * size);
    }

    public long count(PossibleDuplicateRow.Status status) {
        return jdbc.one("SELECT count(*) FROM possible_duplicate WHERE (?::varchar IS NULL OR status = ?)", rs -> rs.getLong(1),
                status == null ? null : status.name(), status == null ? null : status.name()).orElse(0L);
    }

    public void decide(UUID id, PossibleDuplicateRow.Status status, Instant at, String by) {
        jdbc.update("UPDATE possible_duplicate SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?", status, at, by, id);
    }

    /** The confirmed duplicates of a case, seen from either side: the other case's id. */
    public List<UUID> confirmedWith(UUID caseId) {
        return jdbc.query("""
                SELECT CASE WHEN case_id = ? THEN other_case_id ELSE case_id END FROM possible_duplicate
                 WHERE status = 'CONFIRMED' AND (case_id = ? OR other_case_id = ?) ORDER BY found_at""",
                rs -> rs.getObject(1, UUID.class), caseId, caseId, caseId);
    }

    /** An erased case takes its pairs with it, whatever their status: nothing may link back to it. */
    public void removeCase(UUID caseId) {
        jdbc.update("DELETE FROM possible_duplicate WHERE case_id = ? OR other_case_id = ?", caseId, caseId);
    }

    static PossibleDuplicateRow row(ResultSet rs) throws SQLException {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String k : rs.getString("matched_on").split(",")) kinds.add(Kind.valueOf(k));
        return new PossibleDuplicateRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("other_case_id", UUID.class), kinds, PossibleDuplicateRow.Status.valueOf(rs.getString("status")),
                Jdbc.instant(rs, "found_at"), Jdbc.instant(rs, "decided_at"), rs.getString("decided_by"));
    }
}
