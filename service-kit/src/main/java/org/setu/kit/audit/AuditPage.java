package org.setu.kit.audit;

import java.util.List;

/** A page of the audit trail, newest first; {@code next} is the cursor of the following page, null at the end. */
public record AuditPage(List<AuditEntry> items, String next) {
}
