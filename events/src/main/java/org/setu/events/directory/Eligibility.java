package org.setu.events.directory;

import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;

/**
 * Who a service takes. An empty list means "anyone" and a null age means "no limit", so that a service
 * that wrote nothing down is not wrongly excluded.
 *
 * @param nationalities ISO 3166-1 alpha-2 codes, e.g. {@code BD}
 */
public record Eligibility(List<Sex> genders, Integer minAge, Integer maxAge,
                          List<VictimCategory> victimCategories, List<String> nationalities) {

    public Eligibility {
        genders = List.copyOf(genders);
        victimCategories = List.copyOf(victimCategories);
        nationalities = List.copyOf(nationalities);
    }
}
