package org.setu.referral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.Place;
import org.setu.referral.persistence.DirectoryReadModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching reads the directory read model with a native query on every referral. Hibernate caches one plan per
 * distinct query; a query whose cache key never equals the last one's (a scalar result class does that) adds a plan
 * per call, until the bounded cache evicts every other query's plan and each lookup walks thousands of keys.
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    DirectoryReadModel directory;

    @Inject
    SessionFactory sessions;

    @Test
    void matchingAHundredCasesReusesTheDirectoryQuerysPlanInsteadOfCachingOnePerCase() {
        Place place = new Place("20", "2022", null);
        QuarkusTransaction.requiringNew().run(() -> directory.offersCovering(ServiceCategory.SHELTER, place));
        int before = cachedPlans();

        for (int i = 0; i < 100; i++) {
            QuarkusTransaction.requiringNew().run(() -> directory.offersCovering(ServiceCategory.SHELTER, place));
        }

        // the consumers and the deadline sweep may cache their own few plans meanwhile: a leak would add a hundred
        assertThat(cachedPlans() - before).isLessThan(10);
    }

    private int cachedPlans() {
        return sessions.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
