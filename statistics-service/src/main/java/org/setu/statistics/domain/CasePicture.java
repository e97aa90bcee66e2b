package org.setu.statistics.domain;

import java.util.UUID;

/**
 * What the statistics keep of a screening: codes to count by, never who the person is. An amendment replaces the
 * picture; the day the person was first screened stays.
 *
 * @param nationality     ISO 3166-1 alpha-2, or null when unknown
 * @param victimCategory  null when the screening found no protection need
 */
public record CasePicture(UUID agencyId, String context, String classification, String victimCategory, String sex,
                          String ageBand, String nationality, String divisionId, String districtId) {
}
