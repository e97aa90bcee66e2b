package org.setu.notification.domain;

import java.util.UUID;

/** A directory service's referral contact (its focal point): an organisation's contact point, not a person's. */
public record DirectoryContact(UUID serviceId, UUID organizationId, long version, String email, String phone,
                               String language, boolean removed) {

    public boolean hasEmail() {
        return !removed && email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return !removed && phone != null && !phone.isBlank();
    }
}
