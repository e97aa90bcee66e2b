package org.setu.notification.persistence;

import java.time.Instant;

/** One attempt of a delivery, as the delivery log shows it. */
public record AttemptRow(int number, Instant at, String outcome, String reason, int durationMs, Instant nextAttemptAt) {
}
