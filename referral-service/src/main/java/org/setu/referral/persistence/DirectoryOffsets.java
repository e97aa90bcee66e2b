package org.setu.referral.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Where the directory read model stands per partition, stored in the same transaction as each change to it. */
@ApplicationScoped
public class DirectoryOffsets {

    @Inject
    Sql sql;

    public void advance(String topic, int partition, long processedOffset) {
        sql.update("""
                INSERT INTO directory_offset (topic, partition, next_offset) VALUES (?, ?, ?)
                ON CONFLICT (topic, partition) DO UPDATE SET next_offset = GREATEST(directory_offset.next_offset, EXCLUDED.next_offset)""",
                s -> {
                    s.setString(1, topic);
                    s.setInt(2, partition);
                    s.setLong(3, processedOffset + 1);
                });
    }

    /** Empty on a fresh database: the read model must then be rebuilt from the start of the topic. */
    public Optional<Long> nextOffset(String topic, int partition) {
        return sql.one("SELECT next_offset FROM directory_offset WHERE topic = ? AND partition = ?", s -> {
            s.setString(1, topic);
            s.setInt(2, partition);
        }, rs -> rs.getLong(1));
    }
}
