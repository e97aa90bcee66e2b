package org.setu.directory.domain;

import org.setu.events.directory.LocalizedText;

import java.util.UUID;

/**
 * A provider (HSDS organization); also the agency whose staff use Setu ({@code agency_id} is its id).
 *
 * @param sample true for the fictional organizations of the sample directory
 */
public record Organization(UUID id, LocalizedText name, LocalizedText description, String email, String website,
                           String phone, boolean sample) {
}
