package org.setu.screening.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up as stored. {@code scores} is null when the person was not reached; {@code answersSealed} holds the
 * answers and their trace under the case's key.
 */
public record FollowUpRow(UUID id, UUID caseId, LocalDate dueOn, Instant contactedAt, String channel, boolean reached,
                          String surveyCode, Integer surveyVersion, byte[] answersSealed, Scores scores,
                          List<String> warnings, Instant recordedAt, String recordedBy) {

    public record Scores(BigDecimal economic, BigDecimal social, BigDecimal psychosocial, BigDecimal composite) {
    }
}
