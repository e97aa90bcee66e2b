package org.setu.events.directory;

import java.time.Instant;

/** {@code setu.directory.service-upserted.v1}: a service was created or changed; here is all of it now. */
public record ServiceUpserted(DirectoryService service, Instant occurredAt) {
}
