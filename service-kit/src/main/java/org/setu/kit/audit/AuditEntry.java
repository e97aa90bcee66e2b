package org.setu.kit.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of the audit trail as auditors read it: ids and codes only. */
public record AuditEntry(OffsetDateTime at, String actor, String actorSubject, List<String> roles, UUID agencyId,
                         String action, String resourceType, String resourceId, String purpose) {
}
