package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A row of {@code directory_offset}: where the read model stands in one partition. */
@Entity
@Table(name = "directory_offset")
@IdClass(DirectoryOffsetEntity.Key.class)
class DirectoryOffsetEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        String topic;
        int partition;

        public Key() {
        }

        Key(String topic, int partition) {
            this.topic = topic;
            this.partition = partition;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(topic, k.topic) && java.util.Objects.equals(partition, k.partition);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topic, partition);
        }
    }

    @Id
    String topic;

    @Id
    int partition;

    @Column(name = "next_offset")
    long nextOffset;
}
