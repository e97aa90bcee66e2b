package org.setu.directory.domain;

import org.setu.events.directory.Coverage;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.UUID;

/**
 * What a search asks for; null means "any". {@code place} is the person's place and the areas above it, finest
 * first (an upazila, its district, its division, and NATIONAL): a service matches when it covers any of them.
 */
public record SearchCriteria(ServiceCategory category, List<Coverage> place, Sex gender, Integer age,
                             VictimCategory victimCategory, String language, Boolean acceptingReferrals,
                             Boolean hasCapacity, String text, UUID organizationId, int page, int size) {
}
