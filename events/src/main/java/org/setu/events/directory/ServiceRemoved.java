package org.setu.events.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.directory.service-removed.v1}: a service left the directory. It is a normal value, not a
 * tombstone, so that it stays the last word on the compacted topic and a new reader learns the service is gone.
 */
public record ServiceRemoved(UUID serviceId, UUID organizationId, Instant occurredAt) {
}
