package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The {@code practice_attempt} rows, for {@link PracticeRepository}. */
@ApplicationScoped
class PracticeAttempts implements PanacheRepositoryBase<PracticeAttemptEntity, UUID> {
}
