package org.setu.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.setu.screening.domain.DuplicatePolicy.Kind;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.PersonIndexRepository;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screening checks its new case reference and locks its person's hashes with native queries. Hibernate caches
 * one plan per distinct query; a query whose cache key never equals the last one's (a scalar result class does
 * that) adds a plan per screening, until the bounded cache evicts every other query's plan.
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    CaseRepository cases;

    @Inject
    PersonIndexRepository index;

    @Inject
    SessionFactory sessions;

    @Test
    void aHundredScreeningsReuseTheReferenceCheckAndTheDuplicateLockInsteadOfCachingPlansForEach() {
        Map<Kind, byte[]> hashes = Map.of(Kind.PHONE, new byte[32]);
        screeningsQueries(hashes);
        int before = cachedPlans();

        for (int i = 0; i < 100; i++) screeningsQueries(hashes);

        // the consumers and scheduled jobs may cache their own few plans meanwhile: a leak would add two hundred
        assertThat(cachedPlans() - before).isLessThan(10);
    }

    private void screeningsQueries(Map<Kind, byte[]> hashes) {
        QuarkusTransaction.requiringNew().run(() -> {
            cases.refTaken("SCR-PLAN-CACHE");
            index.lock(hashes);
        });
    }

    private int cachedPlans() {
        return sessions.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
