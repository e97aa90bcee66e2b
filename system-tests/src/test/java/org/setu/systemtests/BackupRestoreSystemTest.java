package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.setu.devstack.Backup;
import org.setu.devstack.Platform;
import org.setu.devstack.SetuService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The restore drill of docs/operator-guide.md, on the running platform: screen, back up, screen more, destroy every
 * service database, restore, and check that what the backup held is back and the closed loop goes on.
 */
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class BackupRestoreSystemTest {

    @Test
    void aRestoredPlatformHasEveryCaseAndReferralOfItsBackupAndRefersNewScreeningsAgain(@TempDir Path folder) throws Exception {
        Platform platform = PlatformAccess.platform();
        assumeTrue(platform.controlsEverything(), "the drill stops the services, so it runs only on a platform it started");
        String caseworker = Tokens.of("caseworker");
        String kept = screenAndAwaitReferral(caseworker, Persons.KEPTA);

        Path backup = new Backup(platform.postgres(), System.out::println).write(folder.resolve("backup"));
        assertThat(backup.resolve("setu_screening.dump")).isNotEmptyFile();
        assertThat(Files.readString(backup.resolve("manifest.properties"))).contains("keys=not included");
        String lost = screenAndAwaitReferral(caseworker, Persons.LOSTA);

        platform.whileServicesStopped(() -> {
            for (SetuService s : SetuService.all()) drop(platform, s.database());
            try {
                new Backup(platform.postgres(), System.out::println).restore(backup);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(given().auth().oauth2(caseworker).get(Setu.SCREENING + "/cases/" + kept).statusCode())
                .as("the case screened before the backup").isEqualTo(200);
        PersonalDataReads.note("caseworker", "case", kept);
        assertThat(Setu.referralsOfCaseSoFar(caseworker, kept)).as("its referral").hasSize(1)
                .allMatch(r -> "SENT".equals(r.get("status")));
        assertThat(Setu.referralsOfCaseSoFar(caseworker, lost)).as("a referral made after the backup is gone with it").isEmpty();
        String after = screenAndAwaitReferral(caseworker, Persons.AFTERA);
        assertThat(after).isNotEqualTo(kept);
    }

    private static String screenAndAwaitReferral(String token, Persons.Person person) {
        Map<String, Object> body = Persons.screening(person, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                Persons.traffickedAbroad(), List.of("SHELTER"));
        JsonPath screened = Setu.screen(token, body, null);
        String caseId = screened.getString("caseId");
        Setu.awaitReferral(token, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        return caseId;
    }

    /** The disaster: the service's database is gone. */
    private static void drop(Platform platform, String database) {
        try (Connection c = platform.postgres().connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + database + " WITH (FORCE)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
