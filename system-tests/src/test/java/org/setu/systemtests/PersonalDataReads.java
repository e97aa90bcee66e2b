package org.setu.systemtests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every successful read of personal data the system tests make (a screening, a case, a shared view), so that
 * the privacy scan can check the screening service's audit trail has a record of each.
 */
final class PersonalDataReads {

    /** {@code resourceType} as the screening service audits it: screening, case or case-shared-view. */
    record Read(String actor, String resourceType, String resourceId) {
    }

    private static final List<Read> READS = new CopyOnWriteArrayList<>();

    private PersonalDataReads() {
    }

    static void note(String actor, String resourceType, String resourceId) {
        READS.add(new Read(actor, resourceType, resourceId));
    }

    static List<Read> all() {
        return List.copyOf(READS);
    }
}
