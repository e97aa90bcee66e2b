package org.setu.screening.domain;

import java.time.LocalDate;

/**
 * What identifies a person. It exists in clear only in memory: at rest it is encrypted with the case's key,
 * and it never goes into an event, a log line or a URL.
 */
public record PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Integer ageEstimate,
                            String phone, String documentNumber, String address, String notes) {
}
