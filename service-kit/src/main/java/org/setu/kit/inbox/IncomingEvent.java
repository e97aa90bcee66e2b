package org.setu.kit.inbox;

import org.setu.events.EventContract;

import java.time.Instant;

/**
 * One CloudEvent as a consumer receives it: its attributes from the {@code ce_*} Kafka headers, and its data as
 * the typed record of its {@link EventContract}. Read by {@link EventReader}.
 *
 * @param id         {@code ce_id}, what the inbox de-duplicates by
 * @param contract   the contract of {@code ce_type}, an older version still read included
 * @param subject    {@code ce_subject}, or the record's key when the header is absent
 * @param time       {@code ce_time}, or null when absent or not a timestamp
 * @param dataschema {@code ce_dataschema} as an absolute URI (the relative form older producers sent is resolved
 *                   against {@link EventContract#SCHEMA_BASE}), or null when absent
 * @param data       the event's data as its record
 * @param json       the data as it came, for a consumer that must pass the event on unchanged
 */
public record IncomingEvent<T>(String id, EventContract<T> contract, String subject, Instant time, String dataschema,
                               T data, String json) {

    /** {@code ce_type}, e.g. {@code setu.referral.accepted.v1}. */
    public String type() {
        return contract.type().toString();
    }
}
