package org.setu.directory.app;

import org.junit.jupiter.api.Test;
import org.setu.directory.domain.hsds.ContactPolicy;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.ReasonText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS import report's bundles: the same keys in English and Bangla, every message and word the import writes
 * known to both, and a report line in Bangla with Bangla digits and the names of places in Bangla. No Quarkus.
 */
class ImportMessagesTest {

    static final ReasonText TEXT = HsdsImportReport.TEXT;

    /** A message code or word written in the sources, such as {@code "area.unknown"} or {@code "field.city"}. */
    static final Pattern KEY = Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9]+)\"");

    @Test
    void everyMessageKeyExistsInBothLanguages() {
        assertThat(TEXT.bundle().keysOnlyIn("en", "bn")).as("in English only").isEmpty();
        assertThat(TEXT.bundle().keysOnlyIn("bn", "en")).as("in Bangla only").isEmpty();
    }

    @Test
    void everyCodeAndWordTheImportWritesIsInBothLanguages() {
        Set<String> written = new TreeSet<>(keysInSources());
        assertThat(written).as("the scan finds the import's codes").hasSizeGreaterThan(50).contains("area.unknown", "phone.notE164");
        // words built from a value rather than written out
        for (ServiceCategory c : ServiceCategory.values()) written.add("category." + c);
        for (String kind : List.of(HsdsPublisherImportService.ORGANIZATION, HsdsPublisherImportService.LOCATION, HsdsPublisherImportService.SERVICE)) {
            written.add("kind." + kind);
        }
        for (String name : List.of("field.organizationName", "field.locationName", "field.serviceName")) written.add(name + "Bangla");
        for (String language : List.of("en", "bn")) {
            assertThat(written).as(language).allSatisfy(k -> assertThat(TEXT.bundle().has(k, language)).as(k + " in " + language).isTrue());
        }
    }

    @Test
    void aReportLineReadsInBanglaWithBanglaDigitsAndPlacesByTheirBanglaNames() {
        Reason ambiguous = Reason.of("area.upazilaAmbiguous", Reason.value("Sadar"), Reason.value(3));
        assertThat(TEXT.render(ambiguous, "en")).isEqualTo("service area 'Sadar' names 3 upazilas of that name in different districts");
        assertThat(TEXT.render(ambiguous, "bn")).isEqualTo("সেবা-এলাকা 'Sadar' নামে ভিন্ন ভিন্ন জেলায় ৩টি উপজেলা আছে");

        Reason fromLocations = Reason.of("area.fromLocation", Reason.nested(Reason.of("area.noneGiven")),
                Reason.joined("join.comma", List.of(new Reason.Label("Cox's Bazar", "কক্সবাজার"))));
        assertThat(TEXT.render(fromLocations, "en")).isEqualTo("it has no service area: it is taken to cover the district of its location (Cox's Bazar)");
        assertThat(TEXT.render(fromLocations, "bn")).isEqualTo("এর কোনো সেবা-এলাকা নেই: ধরা হয়েছে এটি এর অবস্থানের জেলা (কক্সবাজার) জুড়ে সেবা দেয়");
        assertThat(TEXT.render(Reason.of("record.elsewhere", Reason.term("kind.service")), "bn"))
                .isEqualTo("এর আইডি ডিরেক্টরিতে ইতিমধ্যে অন্য একটি সংস্থার সেবা");
    }

    @Test
    void whatThePublisherWroteIsQuotedAsWrittenEvenInBanglaWhileSetusOwnNumbersTakeBanglaDigits() {
        Reason local = ContactPolicy.e164("01711000000").assumptions().get(0);
        assertThat(TEXT.render(local, "bn")).isEqualTo("ফোন 01711000000 বাংলাদেশের নম্বর +8801711000000 হিসেবে পড়া হয়েছে");
        Reason cut = ContactPolicy.atMost("x".repeat(30), 20, "field.postalCode").assumptions().get(0);
        assertThat(TEXT.render(cut, "bn")).isEqualTo("পোস্ট কোড ২০ অক্ষরে ছেঁটে রাখা হয়েছে");
    }

    private static Set<String> keysInSources() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(p);
                if (!code.contains("org.setu.events.text.Reason")) continue;
                Matcher m = KEY.matcher(code);
                while (m.find()) keys.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
