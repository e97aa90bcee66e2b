package org.setu.screening.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.setu.kit.inbox.Inbox;
import org.setu.screening.persistence.ProviderAccessRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Learns from {@code setu.referral.v1} which provider organisations hold an accepted referral for a case: an
 * accepted (or started) referral opens the shared view to its organisation; a completed, cancelled, declined
 * or expired one closes it. Other referral events change nothing. Idempotent through the kit's inbox; a record
 * it cannot read goes to {@code setu.screening-service.dlq}.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CONSUMER = "screening-service";
    private static final Logger LOG = Logger.getLogger(ReferralEventsConsumer.class);
    private static final Set<String> GRANTS = Set.of("setu.referral.accepted.v1", "setu.referral.started.v1");
    private static final Set<String> REVOKES = Set.of("setu.referral.completed.v1", "setu.referral.cancelled.v1", "setu.referral.cancelled.v2",
            "setu.referral.declined.v1", "setu.referral.expired.v1", "setu.referral.escalated.v1");

    @Inject
    Inbox inbox;
    @Inject
    ProviderAccessRepository access;
    @Inject
    ObjectMapper json;

    @Incoming("referral-events")
    @Transactional
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (!GRANTS.contains(type) && !REVOKES.contains(type)) return;
        JsonNode data = read(record.value());
        UUID referral = uuid(data, "referralId");
        UUID caseId = uuid(data, "caseId");
        // only a grant needs the organization: an escalation with no candidate left has none (escalated.v1 allows null)
        UUID organization = GRANTS.contains(type) ? uuid(data, "organizationId") : null;
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> {
            if (GRANTS.contains(type)) access.grant(referral, caseId, organization, Instant.now());
            else access.revoke(referral);
        });
        LOG.debugf("referral %s of case %s: %s", referral, caseId, type);
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value == null ? "" : value);
        } catch (IOException e) {
            throw new IllegalArgumentException("a referral event that is not JSON");
        }
    }

    private static UUID uuid(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        if (node == null || !node.isTextual()) throw new IllegalArgumentException("a referral event without " + field);
        return UUID.fromString(node.asText());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
