package org.setu.notification.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything the notification service can be told, under {@code setu.notification} (each also by environment variable). */
@ConfigMapping(prefix = "setu.notification")
public interface NotificationSettings {

    /** The language of a recipient that did not say which it reads. */
    @WithDefault("en")
    String defaultLanguage();

    /** Where a notification's link points; the referral id is appended. */
    @WithDefault("http://localhost:8080/referrals/")
    String linkBase();

    /**
     * Base64 of 32 random bytes (SETU_NOTIFICATION_MASTER_KEY): encrypts the webhook secrets at rest. No default: the
     * service does not start without it.
     */
    String masterKey();

    /** Earlier master keys, still accepted for decrypting until the start-up job has sealed every secret anew. */
    Optional<List<String>> previousMasterKeys();

    Coordinators coordinators();

    Retry retry();

    Breaker breaker();

    Worker worker();

    Sms sms();

    Webhook webhook();

    ArrivalReminders arrivalReminders();

    interface Coordinators {
        /** The NRM coordinators' shared mailbox(es); escalations go here. */
        @WithDefault("nrm-coordinators@setu.example.org")
        List<String> emails();

        Optional<List<String>> phones();

        @WithDefault("en")
        String language();
    }

    interface Retry {
        /** The first wait after a failed attempt; it doubles per attempt. */
        @WithDefault("30S")
        Duration base();

        @WithDefault("1H")
        Duration cap();

        /** Attempts per round; after them a delivery is DEAD until retried by hand. */
        @WithDefault("6")
        int maxAttempts();
    }

    interface Breaker {
        /** How many recent calls to an endpoint the breaker judges. */
        @WithDefault("4")
        int requestVolumeThreshold();

        @WithDefault("0.75")
        double failureRatio();

        /** How long an open circuit stays open before one trial call. */
        @WithDefault("60S")
        Duration delay();
    }

    interface Worker {
        /** How often the worker looks for due deliveries (it is also woken when new ones commit). */
        @WithDefault("1s")
        String every();

        /** Deliveries one pass of the worker sends at most, so a pass cannot run for ever. */
        @WithDefault("200")
        int batch();

        /** Passes that may send side by side after a wake-up; sending waits on the network, not the CPU. */
        @WithDefault("4")
        int threads();
    }

    interface Sms {
        /** The HTTP gateway's URL; without one no SMS deliveries are made. */
        Optional<String> gatewayUrl();

        /** Sent as a bearer token, when the gateway wants one. */
        Optional<String> token();

        @WithDefault("10S")
        Duration timeout();

        /**
         * The most parts a notification's text message may take (70 UCS-2 characters in one part, 67 in each part
         * of a long one; 160 and 153 in GSM's alphabet): a longer one is shortened, keeping its link.
         */
        @WithDefault("3")
        int maxParts();
    }

    interface ArrivalReminders {
        /**
         * How often the job looks for returns whose window opens tomorrow (Dhaka) to remind their desks and providers of;
         * {@code off} turns it off, as the tests do unless a test runs it.
         */
        @WithDefault("15m")
        String every();
    }

    interface Webhook {
        @WithDefault("5S")
        Duration connectTimeout();

        @WithDefault("10S")
        Duration timeout();

        /**
         * Private ranges (CIDR, e.g. {@code 10.20.0.0/16}) that webhooks may reach after all, for a partner on the
         * premises. Empty by default: webhooks reach public addresses only (see {@code WebhookAddressPolicy}).
         */
        Optional<List<String>> allowedPrivateRanges();
    }
}
