package org.setu.kit.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.setu.kit.security.Caller;
import org.setu.kit.security.CallerContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes who did what to which record, for what purpose, and when. Services call it on every read or change
 * of personal data ({@code audit.record(AuditTrail.READ, "case", caseId, "CASE_MANAGEMENT")}).
 * <ul>
 *   <li>Who, roles and agency come from the token ({@link CallerContext}); outside a request (a scheduled
 *       erasure, a Kafka consumer) the actor is the service itself, {@code system:<application>}.</li>
 *   <li>The record joins the caller's transaction, so a change and its audit record commit or roll back
 *       together; a read without a transaction gets one of its own.</li>
 *   <li>Only codes and ids are accepted: action and purpose as UPPER_SNAKE codes, the resource type in
 *       kebab-case, the resource id as an id or reference. Anything else (a name, free text) is refused
 *       with an {@link IllegalArgumentException}, because the trail outlives erasure of the data it tracks.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditTrail {

    public static final String READ = "READ";
    public static final String CREATE = "CREATE";
    public static final String CHANGE = "CHANGE";
    public static final String ERASE = "ERASE";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9*][A-Za-z0-9._:*-]{0,127}");

    @Inject
    DataSource dataSource;

    @Inject
    Instance<CallerContext> callers;

    @Inject
    Instance<SecurityIdentity> identity;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "setu")
    String application;

    @Transactional
    public void record(String action, String resourceType, String resourceId, String purpose) {
        require(CODE, action, "action must be an UPPER_SNAKE code");
        require(TYPE, resourceType, "resourceType must be a kebab-case code");
        require(ID, resourceId, "resourceId must be an id or reference, not free text");
        require(CODE, purpose, "purpose must be an UPPER_SNAKE code");
        Caller who = actor();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO kit_audit_trail (at, actor, actor_subject, roles, agency_id, action, resource_type,
                                             resource_id, purpose)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            s.setString(2, who.username());
            s.setString(3, who.subject());
            s.setString(4, String.join(",", who.roles().stream().sorted().toList()));
            s.setObject(5, who.agencyId().orElse(null));
            s.setString(6, action);
            s.setString(7, resourceType);
            s.setString(8, resourceId);
            s.setString(9, purpose);
            s.executeUpdate();
        } catch (SQLException e) {
            // no audit record, no access: the caller's transaction fails with it
            throw new IllegalStateException("cannot write the audit record: " + e.getSQLState(), e);
        }
    }

    private Caller actor() {
        if (Arc.container().requestContext().isActive() && !identity.get().isAnonymous()) {
            return callers.get().caller();
        }
        return new Caller(null, "system:" + application, Set.of(), Optional.empty());
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    private static void require(Pattern pattern, String value, String rule) {
        // the message never repeats the value: it may be exactly the personal data that must not be stored
        if (value == null || !pattern.matcher(value).matches()) throw new IllegalArgumentException(rule);
    }
}
