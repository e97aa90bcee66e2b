package org.setu.screening.persistence;

import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of screening: pseudonymous facts in clear, the person and the answers as ciphertext. */
public record ScreeningRow(UUID id, UUID caseId, UUID agencyId, String screenedBy, ScreeningContext context,
                           String instrumentCode, int instrumentVersion, AdminArea location, AdminArea home, Sex sex,
                           AgeBand ageBand, String nationality, List<String> languages, Classification classification,
                           Urgency urgency, List<ServiceCategory> needs, byte[] personCiphertext,
                           byte[] answersCiphertext, int revision, Instant screenedAt, Instant amendedAt) {
}
