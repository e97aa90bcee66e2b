package org.setu.events.directory;

import java.time.Instant;

/**
 * {@code setu.directory.capacity-changed.v1}: a service's free capacity changed. It still carries the full
 * snapshot: the topic is compacted, so this event may be the only value left for the service, and a new
 * reader must be able to rebuild the service from it.
 */
public record CapacityChanged(DirectoryService service, Capacity previousCapacity, Instant occurredAt) {
}
