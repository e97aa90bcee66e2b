package org.setu.devstack.demo;

import org.setu.devstack.SetuService;
import org.setu.devstack.StackException;
import org.setu.events.text.MessageBundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./setu demo}: the first closed-loop story against the running platform, step by step, through the
 * public APIs with the demo users' real tokens. The case it makes stays, to be looked at afterwards. With {@code --bn}
 * it tells the story in Bangla, and asks the services for Bangla too (the screening's decision trace).
 */
public final class Demo {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SCREENING = "http://127.0.0.1:" + SetuService.SCREENING.port() + "/api/v1";
    private static final String REFERRAL = "http://127.0.0.1:" + SetuService.REFERRAL.port() + "/api/v1";

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final Locale BANGLA = Locale.forLanguageTag("bn-BD");

    private final PrintStream out;
    private final String language;
    private final MessageBundle text = MessageBundle.load("demo/demo");

    /** @param language {@code en} or {@code bn} */
    public Demo(PrintStream out, String language) {
        this.out = out;
        this.language = "bn".equals(language) ? "bn" : "en";
    }

    public int run() throws IOException, InterruptedException {
        String screener = token("screener");
        String caseworker = token("caseworker");
        String provider = token("provider");
        String suffix = String.format("%06d", new SecureRandom().nextInt(1_000_000));

        step(say("step1"));
        JsonNode screened = send("POST", SCREENING + "/screenings", screener, screening(suffix), null);
        String caseId = screened.path("caseId").asText();
        String caseRef = screened.path("caseRef").asText();
        JsonNode outcome = screened.path("outcome");
        out.println(say("outcome", caseRef, label("classification", outcome.path("classification").asText()),
                label("urgency", outcome.path("urgency").asText()), categories(outcome.path("needs"))));
        for (JsonNode line : outcome.path("trace")) out.println("     · " + line.asText());

        step(say("step2"));
        JsonNode referrals = awaitReferrals(caseworker, caseId);
        JsonNode shelter = null;
        for (JsonNode r : referrals) {
            out.println(say("referral", label("category", r.path("category").asText()), label("status", r.path("status").asText()),
                    r.path("organizationId").asText(), time(r.path("dueAt").asText())));
            if (r.path("explanation").size() > 1) out.println(say("why", r.path("explanation").get(1).asText()));
            if ("SHELTER".equals(r.path("category").asText())) shelter = r;
        }
        if (shelter == null) {
            out.println(say("noShelter"));
            return 1;
        }
        out.println(say("mail1"));
        out.println(say("mail2"));

        step(say("step3"));
        shelter = send("POST", REFERRAL + "/referrals/" + shelter.path("id").asText() + "/accept", provider, Map.of(),
                shelter.path("version").asText());
        out.println(say("status", label("status", shelter.path("status").asText())));

        step(say("step4"));
        // the screening service opens the view when it has read the acceptance from Kafka
        JsonNode view = awaitRead(SCREENING + "/cases/" + caseId + "/shared-view", provider);
        out.println("   " + view.path("person"));

        step(say("step5"));
        shelter = send("POST", REFERRAL + "/referrals/" + shelter.path("id").asText() + "/start", provider, Map.of(),
                shelter.path("version").asText());
        shelter = send("POST", REFERRAL + "/referrals/" + shelter.path("id").asText() + "/complete", provider,
                Map.of("note", "stayed ten nights, then went home"), shelter.path("version").asText());
        for (JsonNode h : shelter.path("history")) {
            out.println(say("history", label("status", h.path("status").asText()), time(h.path("at").asText()),
                    h.path("actor").asText()));
        }

        step(say("done", caseRef, caseId));
        out.println("   curl -H \"Authorization: Bearer $(./setu token caseworker)\" " + REFERRAL + "/cases/" + caseId + "/referrals");
        return 0;
    }

    private Map<String, Object> screening(String suffix) {
        return Map.of(
                "instrument", Map.of("code", "setu-core", "version", 1),
                "context", "AIRPORT_RETURNEE",
                "location", Map.of("divisionId", "6", "districtId", "47"),
                "person", Map.of("givenName", "Demo", "familyName", "Returnee", "sex", "FEMALE",
                        "dateOfBirth", Instant.now().minus(Duration.ofDays(30 * 366)).toString().substring(0, 10),
                        "nationality", "BD", "languages", List.of("bn"), "phone", "+88019" + suffix + "00",
                        "documentNumber", "DEMO" + suffix, "home", Map.of("divisionId", "3", "districtId", "20")),
                "answers", Map.of("migration-route", "regular",
                        "deception-at-recruitment", List.of("nature-of-job", "wages"),
                        "exploitation", List.of("excessive-hours", "low-or-no-salary"),
                        "coercion-at-destination", List.of("documents-confiscated", "isolation"),
                        "immediate-needs", List.of("no-safe-place-tonight")),
                "consent", Map.of("services", List.of("SHELTER", "MEDICAL", "LEGAL_AID"), "shareWithProviders", "BASIC"));
    }

    private JsonNode awaitReferrals(String token, String caseId) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                JsonNode items = send("GET", REFERRAL + "/cases/" + caseId + "/referrals", token, null, null).path("items");
                if (items.size() > 0) return items;
            } catch (NotYetKnown e) {
                // the referral service has not yet read the screening event: it answers 404 until it has
            }
            Thread.sleep(300);
        }
        throw new StackException("referral-service", "no referral within 30 s; see ./setu logs referral-service", null);
    }

    private JsonNode awaitRead(String url, String token) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                return send("GET", url, token, null, null);
            } catch (NotYetKnown e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new StackException(url.replaceAll(".*/api/v1/", ""), "still 404 after 30 s", null);
                }
                Thread.sleep(300);
            }
        }
    }

    private JsonNode send(String method, String url, String token, Object body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").header("Accept-Language", language);
        if (ifMatch != null) b.header("If-Match", ifMatch);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404 && "GET".equals(method)) throw new NotYetKnown();
        if (response.statusCode() >= 300) {
            throw new StackException(url.replaceAll(".*/api/v1/", ""), method + " answered " + response.statusCode()
                    + ": " + response.body(), null);
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static String token(String user) throws IOException, InterruptedException {
        return DemoTokens.ofUser(user).orElseThrow(() -> new StackException("keycloak", "no token for " + user + "; is Setu up?", null));
    }

    /** A 404 on a read: not there (yet). */
    private static final class NotYetKnown extends RuntimeException {
        NotYetKnown() {
            super("not found", null, false, false);
        }
    }

    /** A line of the story in the chosen language, its %s filled in order. */
    String say(String key, Object... args) {
        if (!text.has(key, language)) throw new IllegalStateException("the demo has no text " + key + " in " + language);
        return String.format(text.text(key, language), args);
    }

    /**
     * A code of the vocabulary (a classification, urgency, status or service category) in the reader's words; a code
     * the bundle does not know, say one a newer service sends, is shown as it came.
     */
    String label(String kind, String code) {
        String key = kind + "." + code;
        return text.has(key, language) ? text.text(key, language) : code;
    }

    /** The service categories of a list, in the reader's words. */
    String categories(JsonNode codes) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : codes) names.add(label("category", c.asText()));
        return String.join(", ", names);
    }

    /**
     * A moment as people in Bangladesh read it: Dhaka time, with Bangla month names and digits for a Bangla reader.
     * The digits are set here rather than taken from the JDK's locale data, which has not always had them.
     */
    String time(String iso) {
        if (iso == null || iso.isBlank()) return text.text("noTime", language);
        Instant at;
        try {
            at = OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return iso;
        }
        DateTimeFormatter format = "bn".equals(language)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", BANGLA).withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit('০'))
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
        return String.format(text.text("dhakaTime", language), format.format(at.atZone(DHAKA)));
    }

    MessageBundle texts() {
        return text;
    }

    private void step(String text) {
        out.println();
        out.println(text);
    }
}
