package org.setu.screening.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/** The screening service's own settings; the keys come from the environment in every real deployment. */
@ConfigMapping(prefix = "setu.screening")
public interface ScreeningSettings {

    /** Base64 of 32 random bytes (SETU_SCREENING_MASTER_KEY): wraps every case's data key. */
    String masterKey();

    /** Earlier master keys, still accepted for unwrapping until the rotation job has re-wrapped every case. */
    Optional<List<String>> previousMasterKeys();

    /** Base64 of 32 random bytes (SETU_SCREENING_BLIND_INDEX_KEY): the HMAC key of the blind index. */
    String blindIndexKey();

    /** How long a closed case is kept before the retention job erases it. */
    @WithDefault("P5Y")
    Period retention();

    /** How often the retention job looks for cases due for erasure ({@code off} disables it). */
    @WithDefault("1h")
    String retentionEvery();

    /** How often the key-rotation job re-wraps case keys still wrapped by a previous master key ({@code off} disables it). */
    @WithDefault("10m")
    String rewrapEvery();

    /** Months after a reintegration plan's anchor when its follow-ups fall, unless the case worker sets other days (IOM: 3, 6, 12). */
    @WithDefault("3,6,12")
    List<Integer> followUpMonths();

    /** Days either side of a follow-up's day within which it counts as on time. */
    @WithDefault("14")
    int followUpWindowDays();

    /** Days before a follow-up's day when its agency is reminded of it (setu.screening.follow-up-reminder.v1, DUE_SOON). */
    @WithDefault("3")
    int followUpNoticeDays();

    /** How often the reminder job looks for follow-up days due soon or overdue ({@code off} disables it). */
    @WithDefault("15m")
    String followUpRemindersEvery();

    /** How often the job looks for planned returns whose window ended unconfirmed ({@code off} disables it). */
    @WithDefault("15m")
    String missedReturnsEvery();

    /** How far a dimension's score must fall between two follow-ups to propose new referrals in it. */
    @WithDefault("0.15")
    double fallingScoreDrop();

    /** The list of ports of entry a planned return may name, a resource under {@code return/ports-of-entry/}. */
    @WithDefault("v1")
    String portsOfEntry();

    /** The warning signs asked at follow-ups, a resource under {@code reintegration/}. */
    @WithDefault("warning-signs/v1")
    String warningSigns();

    /** Unanswered follow-up attempts in a row after which a case may be closed as lost contact. */
    @WithDefault("3")
    int lostContactAttempts();

    /** The instruments served and accepted, as {@code <code>/v<version>} resources under {@code instruments/}. */
    @WithDefault("setu-core/v1")
    List<String> instruments();

    /**
     * The Reintegration Sustainability Survey versions served and accepted, as {@code <code>/v<version>} resources
     * under {@code reintegration/}, oldest first: the last is the one new follow-ups use.
     */
    @WithDefault("iom-rss/v1")
    List<String> reintegrationSurveys();

    /** The CTDC-compatible case export (docs/statistics.md). */
    CtdcExport ctdcExport();

    interface CtdcExport {
        /** Every combination of quasi-identifiers in the export is shared by at least this many rows (CTDC uses 11). */
        @WithDefault("11")
        int k();
    }
}
