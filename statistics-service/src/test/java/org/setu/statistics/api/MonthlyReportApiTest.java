package org.setu.statistics.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.notification.Channel;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.RecipientKind;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.statistics.PlatformEvents;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.statistics.PlatformEvents.accepted;
import static org.setu.statistics.PlatformEvents.sent;

/** The monthly report a ministry receives, as a workbook and as a printable page, from events on the real broker. */
@QuarkusTest
class MonthlyReportApiTest {

    static final String REPORT = "/api/v1/statistics/reports/monthly";
    static final String STATISTICS = "/api/v1/statistics/";
    static final String ADMINS_AGENCY = "7a51a000-0000-4000-8000-0000000000c3";
    static final Instant MARCH = Instant.parse("2026-03-10T06:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-10T06:00:00Z");
    static final Instant MAY = Instant.parse("2026-05-10T06:00:00Z");
    static final String MAGURA = "26";
    static final String DHAKA = "47";
    static final String KHAGRACHHARI = "10";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource database;

    /** Screens {@code n} adult women presumed victims of trafficking; @return their case ids */
    List<UUID> screen(UUID agency, String district, int n, Instant at) {
        return new PlatformEvents(json).screenWomen(agency, district, n, at);
    }

    static void awaitTotal(String indicator, String query, long total) {
        TopicReader.await(() -> {
            Object shown = given().when().get(STATISTICS + indicator + "?" + query).then().statusCode(200)
                    .extract().jsonPath().get("total.count");
            return shown != null && ((Number) shown).longValue() >= total;
        }, WAIT);
    }

    static byte[] workbook(String query) {
        return given().when().get(REPORT + "?" + query).then().statusCode(200)
                .contentType(ReportXlsx.MEDIA_TYPE).extract().asByteArray();
    }

    static String page(String query) {
        return given().when().get(REPORT + "?" + query).then().statusCode(200).contentType("text/html")
                .extract().asString();
    }

    /** The sheet's row whose first cell reads {@code first}. */
    static Row row(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && first.equals(r.getCell(0).getStringCellValue())) return r;
        }
        throw new AssertionError("no row " + first + " in sheet " + sheet.getSheetName());
    }

    /** The section of the page that holds one table. */
    static String section(String page, String table) {
        Matcher m = Pattern.compile("<section class=\"table\" id=\"" + table + "\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the page has the table " + table).isTrue();
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theWorkbookHasASheetPerTableWithCountsAsNumbersAndASmallCountAsLessThanFive() throws IOException {
        UUID agency = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        events.publish(new ServiceUpserted(new DirectoryService(UUID.randomUUID(), agency, 1,
                new LocalizedText("Safe Haven Shelter", "নিরাপদ আশ্রয়কেন্দ্র"), ServiceCategory.SHELTER, List.of(),
                new Eligibility(List.of(), null, null, List.of(), List.of()), List.of("bn"), null, true,
                new ReferralContact("focal.point@example.org", null, null, "bn")), MARCH));
        List<UUID> magura = screen(agency, MAGURA, 12, MARCH);
        screen(agency, DHAKA, 3, MARCH);
        screen(agency, KHAGRACHHARI, 8, MARCH);
        // the agency refers six of the people to its own shelter, which accepts them all
        for (UUID c : magura.subList(0, 6)) {
            UUID referral = UUID.randomUUID();
            events.publish(sent(referral, c, agency, agency, ServiceCategory.SHELTER, 1, MARCH.plusSeconds(60)));
            events.publish(accepted(referral, c, agency, agency, ServiceCategory.SHELTER, MARCH.plusSeconds(7260)));
        }
        String march = "from=2026-03-01&to=2026-03-31";
        awaitTotal("screenings", march + "&agencyId=" + agency, 23);
        TopicReader.await(() -> {
            JsonPath p = given().when().get(STATISTICS + "providers?" + march + "&organizationId=" + agency)
                    .then().statusCode(200).extract().jsonPath();
            return Integer.valueOf(6).equals(p.get("organizations[0].accepted"))
                    && !p.getList("organizations[0].services").isEmpty();
        }, WAIT);
        JsonPath districts = given().when().get(STATISTICS + "screenings?" + march + "&by=district&agencyId=" + agency)
                .then().statusCode(200).extract().jsonPath();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook("month=2026-03&format=xlsx&agencyId=" + agency)))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("About", "Screened by classification", "Screened by district", "Referrals",
                    "Unmet needs", "Referral times", "Providers");

            Sheet byDistrict = book.getSheet("Screened by district");
            Row header = byDistrict.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("District");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(byDistrict.getColumnWidth(0)).isGreaterThan(8 * 256);
            Row magura12 = row(byDistrict, "Magura");
            assertThat(magura12.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(magura12.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            Row dhaka3 = row(byDistrict, "Dhaka");
            assertThat(dhaka3.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(dhaka3.getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(row(byDistrict, "Total").getCell(1).getNumericCellValue()).isEqualTo(23.0);
            // each figure is what the service answers for that district, no more
            for (Map<String, Object> cell : districts.<Map<String, Object>>getList("rows")) {
                String name = Map.of(MAGURA, "Magura", DHAKA, "Dhaka", KHAGRACHHARI, "Khagrachhari").get(cell.get("district"));
                org.apache.poi.ss.usermodel.Cell shown = row(byDistrict, name).getCell(1);
                if (cell.get("count") == null) assertThat(shown.getStringCellValue()).isEqualTo(cell.get("display"));
                else assertThat(shown.getNumericCellValue()).isEqualTo(((Number) cell.get("count")).doubleValue());
            }

            Row shelter = row(book.getSheet("Providers"), "Safe Haven Shelter");
            assertThat(shelter.getCell(1).getNumericCellValue()).as("sent").isEqualTo(6.0);
            assertThat(shelter.getCell(5).getNumericCellValue()).as("acceptance rate").isEqualTo(1.0);
            assertThat(shelter.getCell(6).getNumericCellValue()).as("median hours to answer").isEqualTo(2.0);
            Row sentToShelter = book.getSheet("Referrals").getRow(2);
            assertThat(sentToShelter.getCell(0).getStringCellValue()).isEqualTo("Shelter");
            assertThat(sentToShelter.getCell(1).getStringCellValue()).isEqualTo("Sent");
            assertThat(sentToShelter.getCell(2).getNumericCellValue()).isEqualTo(6.0);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theBanglaPageHasBanglaLabelsAndBanglaDigitsAndNoLatinDigitInItsFigures() {
        UUID agency = UUID.randomUUID();
        screen(agency, DHAKA, 7, APRIL);
        screen(agency, MAGURA, 2, APRIL);
        awaitTotal("screenings", "from=2026-04-01&to=2026-04-30&agencyId=" + agency, 9);

        String page = page("month=2026-04&lang=bn&agencyId=" + agency);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"bn\">").contains("@media print")
                .doesNotContain("<script").contains("এপ্রিল ২০২৬").contains("মানবপাচার প্রতিরোধ পরিসংখ্যানের মাসিক প্রতিবেদন");
        String byClassification = section(page, "screenings-by-classification");
        assertThat(byClassification).contains("পাচারের শিকার বলে অনুমিত").contains("প্রাপ্তবয়স্ক")
                .contains("<td class=\"figure\">৯</td>");
        String byDistrict = section(page, "screenings-by-district");
        assertThat(byDistrict).contains("<th scope=\"col\">জেলা</th>").contains("ঢাকা").contains("মাগুরা")
                .contains("<td class=\"figure\">&lt;৫</td>").contains("মোট");
        Matcher figures = Pattern.compile("<td class=\"figure\">([^<]*)</td>").matcher(page);
        List<String> shown = new ArrayList<>();
        while (figures.find()) shown.add(figures.group(1));
        assertThat(shown).isNotEmpty().noneMatch(f -> f.matches(".*[0-9].*"));
        assertThat(page).contains("&lt;৫ মানে ১ থেকে ৪ পর্যন্ত একটি সংখ্যা");
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = ADMINS_AGENCY))
    void anAgencysAdminGetsHerOwnAgencysReportWithoutTheNotificationDeliveries() throws IOException {
        screen(UUID.fromString(ADMINS_AGENCY), MAGURA, 6, MAY);
        screen(UUID.randomUUID(), MAGURA, 9, MAY);
        awaitTotal("screenings", "from=2026-05-01&to=2026-05-31", 6);

        String page = page("month=2026-05");

        assertThat(page).contains("<html lang=\"en\">").contains("The agency " + ADMINS_AGENCY)
                .doesNotContain("id=\"notifications\"").doesNotContain("Notification delivery");
        assertThat(section(page, "screenings-by-district"))
                .contains("<tr class=\"total\"><td>Total</td><td class=\"figure\">6</td></tr>");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook("month=2026-05&format=xlsx")))) {
            assertThat(book.getSheet("Notifications")).isNull();
            assertThat(row(book.getSheet("Screened by district"), "Total").getCell(1).getNumericCellValue()).isEqualTo(6.0);
        }
        given().when().get(REPORT + "?month=2026-05&agencyId=" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aReportOfEveryAgencyHasTheNotificationDeliveriesAndIsAuditedOnce() throws SQLException {
        PlatformEvents events = new PlatformEvents(json);
        for (int i = 0; i < 6; i++) {
            events.publish(new NotificationDelivered(UUID.randomUUID(), UUID.randomUUID(), "setu.referral.sent.v1",
                    Channel.EMAIL, RecipientKind.SERVICE_CONTACT, 1, APRIL));
        }
        awaitTotal("notifications", "from=2026-04-01&to=2026-04-30", 6);
        long reports = audited("statistics-report", "monthly-2026-04");
        long reads = audited("statistics", "screenings");

        String page = page("month=2026-04&lang=en");

        assertThat(page).contains("Every agency");
        assertThat(section(page, "notifications")).contains("Notification delivery, by channel and outcome")
                .contains("<td>Email</td><td>Delivered</td>");
        assertThat(audited("statistics-report", "monthly-2026-04")).isEqualTo(reports + 1);
        assertThat(audited("statistics", "screenings")).as("the figures the report reads write no record of their own")
                .isEqualTo(reads);
    }

    long audited(String type, String id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM kit_audit_trail WHERE resource_type = ? AND resource_id = ?")) {
            s.setString(1, type);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aMissingOrMalformedMonthLanguageFormatOrAgencyIsAProblemNamingTheParameter() {
        Map<String, List<String>> bad = Map.of(
                "month", List.of("lang=en", "month=2026-13", "month=2026-1", "month=November", "month=2026-11-01"),
                "lang", List.of("month=2026-11&lang=fr"),
                "format", List.of("month=2026-11&format=pdf"),
                "agencyId", List.of("month=2026-11&agencyId=not-a-uuid"));
        bad.forEach((parameter, queries) -> queries.forEach(query -> given().when().get(REPORT + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = ADMINS_AGENCY))
    void aScreenerGetsNoReport() {
        given().when().get(REPORT + "?month=2026-05").then().statusCode(403).contentType("application/problem+json");
    }
}
