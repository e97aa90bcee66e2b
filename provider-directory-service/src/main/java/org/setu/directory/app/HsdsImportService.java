package org.setu.directory.app;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.DirectoryAccess;
import org.setu.directory.domain.EntryRules;
import org.setu.directory.domain.FieldProblem;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.hsds.ImportOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.setu.directory.persistence.LocationRepository;
import org.setu.directory.persistence.OrganizationRepository;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.events.WebAddresses;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.api.InvalidRequestException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the form {@link HsdsExportService} writes (organizations with their locations and services) and upserts it by id,
 * in one transaction: a document with one bad field changes nothing. Every imported service is announced on the
 * directory topic like any other change.
 */
@ApplicationScoped
public class HsdsImportService {

    private static final Logger LOG = Logger.getLogger(HsdsImportService.class);

    public record Imported(int organizations, int locations, int services) {
    }

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    DirectoryWriteService writes;

    @Inject
    GeographyService geography;

    @Inject
    AuditTrail audit;

    /**
     * Whether the document is Setu's own export (its form, which this service reads strictly): a page whose contents
     * are organizations, every service classified by a term of the {@code setu} taxonomy and every location placed by
     * Setu's {@code district_id} attribute. Anything else is another publisher's, for {@link HsdsPublisherImportService}.
     */
    static boolean inSetuForm(JsonNode document) {
        if (document == null || !document.isObject() || !document.path("contents").isArray()) return false;
        int marks = 0;
        for (JsonNode o : document.get("contents")) {
            if (!o.isObject() || !o.path("services").isArray() || !o.path("locations").isArray()) return false;
            for (JsonNode attr : o.path("attributes")) if (Hsds.PROFILE.equals(attr.path("taxonomy_term").path("taxonomy").asText())) marks++;
            for (JsonNode l : o.get("locations")) {
                if (Hsds.profileAttribute(l, Hsds.DISTRICT) == null) return false;
                marks++;
            }
            for (JsonNode s : o.get("services")) {
                boolean classified = false;
                for (JsonNode attr : s.path("attributes")) {
                    if (Hsds.TAXONOMY.equals(attr.path("taxonomy_term").path("taxonomy").asText())) classified = true;
                }
                if (!classified) return false;
                marks++;
            }
        }
        // an empty page is Setu's (nothing to do); organizations with no Setu mark at all are another publisher's
        return marks > 0 || document.get("contents").isEmpty();
    }

    /**
     * Setu's own export, imported strictly (any bad field refuses the whole document); a dry run makes every write
     * and then rolls the transaction back, so it answers exactly what the real run would.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    HsdsImportReport importOwnForm(Actor a, JsonNode document, boolean dryRun) {
        Imported counts = importDirectory(a, document);
        List<HsdsImportReport.RecordReport> records = new ArrayList<>();
        for (JsonNode o : document.get("contents")) {
            records.add(imported(HsdsPublisherImportService.ORGANIZATION, o, null));
            for (JsonNode l : o.path("locations")) records.add(imported(HsdsPublisherImportService.LOCATION, l, null));
            for (JsonNode s : o.path("services")) {
                String category = null;
                for (JsonNode attr : s.path("attributes")) {
                    JsonNode term = attr.path("taxonomy_term");
                    if (Hsds.TAXONOMY.equals(term.path("taxonomy").asText())) category = term.path("code").asText();
                }
                records.add(imported(HsdsPublisherImportService.SERVICE, s, category));
            }
        }
        if (dryRun) QuarkusTransaction.setRollbackOnly();
        HsdsImportReport.Counts c = new HsdsImportReport.Counts(counts.organizations(), counts.locations(), counts.services());
        return new HsdsImportReport(dryRun, "setu", c, c, records);
    }

    private static HsdsImportReport.RecordReport imported(String kind, JsonNode n, String category) {
        String id = n.path("id").asText();
        return new HsdsImportReport.RecordReport(kind, id, UUID.fromString(id), n.path("name").asText(), ImportOutcome.IMPORTED,
                HsdsImportReport.Change.CHANGED, category, List.of(), List.of(), List.of(), List.of());
    }

    @Transactional
    public Imported importDirectory(Actor a, JsonNode document) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        JsonNode contents = document == null ? null : document.get("contents");
        if (contents == null || !contents.isArray()) throw new InvalidRequestException("contents", "must be an array of HSDS organizations");
        int orgCount = 0;
        int locCount = 0;
        int svcCount = 0;
        Instant now = Clock.now();
        for (int i = 0; i < contents.size(); i++) {
            String at = "contents[" + i + "]";
            JsonNode o = contents.get(i);
            Organization org = organization(o, at);
            organizations.save(org, now);
            orgCount++;
            JsonNode locs = o.path("locations");
            for (int j = 0; j < locs.size(); j++) {
                String lat = at + ".locations[" + j + "]";
                Location l = location(locs.get(j), org.id(), lat);
                List<FieldProblem> problems = EntryRules.area(l.area(), geography.geography(), lat + ".attributes");
                RuleViolations.throwIfAny(problems);
                locations.save(new Location(l.id(), l.organizationId(), l.name(), l.address(),
                        EntryRules.completed(l.area(), geography.geography()), l.latitude(), l.longitude(), l.confidential()), now);
                locCount++;
            }
            JsonNode svcs = o.path("services");
            for (int j = 0; j < svcs.size(); j++) {
                String sat = at + ".services[" + j + "]";
                ProviderService s = service(svcs.get(j), org.id(), sat, now);
                long version = services.find(s.id()).map(p -> p.version() + 1).orElse(1L);
                try {
                    writes.saveChecked(s.withVersion(version, s.updatedAt()), AuditTrail.CREATE);
                } catch (RuleViolations e) {
                    throw new RuleViolations(e.problems().stream()
                            .map(p -> new FieldProblem(sat + "." + p.field(), p.message())).toList());
                }
                svcCount++;
            }
        }
        audit.record("IMPORT", "directory", "hsds", "DIRECTORY_MANAGEMENT");
        LOG.infof("HSDS import: %d organizations, %d locations, %d services", orgCount, locCount, svcCount);
        return new Imported(orgCount, locCount, svcCount);
    }

    /** Stored in ASCII, an internationalised domain as {@code xn--}, as the API stores it. */
    private static String url(String value, String field) {
        if (value == null || value.isBlank()) return null;
        return WebAddresses.httpUrl(value).orElseThrow(() -> new InvalidRequestException(field, "must be an absolute http or https URL"));
    }

    private static String email(String value, String field) {
        if (value == null || value.isBlank()) return null;
        return WebAddresses.email(value).orElseThrow(() -> new InvalidRequestException(field, "must be an email address"));
    }

    private Organization organization(JsonNode o, String at) {
        UUID id = uuid(o, "id", at);
        String name = required(o, "name", at);
        String description = text(o, "description");
        return new Organization(id, new LocalizedText(name, text(o, "alternate_name")),
                description == null ? null : new LocalizedText(description, attribute(o, Hsds.DESCRIPTION_BN).orElse(null)),
                email(text(o, "email"), at + ".email"), url(text(o, "website"), at + ".website"),
                o.path("phones").isArray() && o.path("phones").size() > 0 ? text(o.path("phones").get(0), "number") : null,
                attribute(o, Hsds.SAMPLE).map(Boolean::parseBoolean).orElse(false));
    }

    private Location location(JsonNode l, UUID organization, String at) {
        JsonNode a = l.path("addresses").size() > 0 ? l.path("addresses").get(0) : null;
        Location.Address address = a == null ? null
                : new Location.Address(text(a, "address_1"), text(a, "city"), text(a, "postal_code"));
        Location.Area area = new Location.Area(attribute(l, Hsds.DIVISION).orElse(null), attribute(l, Hsds.DISTRICT).orElse(null),
                attribute(l, Hsds.UPAZILA).orElse(null), attribute(l, Hsds.UNION).orElse(null));
        return new Location(uuid(l, "id", at), organization, new LocalizedText(required(l, "name", at), text(l, "alternate_name")),
                address, area, number(l, "latitude"), number(l, "longitude"),
                attribute(l, Hsds.CONFIDENTIAL).map(Boolean::parseBoolean).orElse(false));
    }

    private ProviderService service(JsonNode s, UUID organization, String at, Instant now) {
        UUID id = uuid(s, "id", at);
        ServiceCategory category = null;
        for (JsonNode attr : s.path("attributes")) {
            JsonNode term = attr.path("taxonomy_term");
            if (Hsds.TAXONOMY.equals(term.path("taxonomy").asText())) {
                category = parse(term.path("code").asText(), ServiceCategory::valueOf, at + ".attributes", "a Setu category");
            }
        }
        if (category == null) throw new InvalidRequestException(at + ".attributes", "must hold a term of the setu taxonomy (the service category)");
        List<Coverage> coverage = new ArrayList<>();
        JsonNode areas = s.path("service_areas");
        for (int i = 0; i < areas.size(); i++) coverage.add(coverage(areas.get(i), at + ".service_areas[" + i + "]"));
        Capacity capacity = null;
        if (s.path("capacities").size() > 0) {
            JsonNode c = s.path("capacities").get(0);
            String cat = at + ".capacities[0]";
            capacity = new Capacity(c.path("available").asInt(), c.path("maximum").asInt(c.path("available").asInt()),
                    parse(c.path("unit").path("identifier").asText(c.path("unit").path("name").asText()).toUpperCase(),
                            CapacityUnit::valueOf, cat + ".unit", "BEDS or SLOTS"));
        }
        JsonNode contact = s.path("contacts").size() > 0 ? s.path("contacts").get(0) : null;
        if (contact == null || text(contact, "email") == null) throw new InvalidRequestException(at + ".contacts", "must hold the referral focal point's email");
        String phone = contact.path("phones").size() > 0 ? text(contact.path("phones").get(0), "number") : null;
        ReferralContact rc = new ReferralContact(email(text(contact, "email"), at + ".contacts[0].email"), phone,
                url(attribute(s, Hsds.WEBHOOK_URL).orElse(null), at + ".attributes"),
                attribute(s, Hsds.CONTACT_LANGUAGE).orElse("en"));
        Eligibility eligibility = new Eligibility(
                attributes(s, Hsds.GENDER).stream().map(g -> parse(g, Sex::valueOf, at + ".attributes", "a Setu gender")).distinct().toList(),
                integer(s, "minimum_age"), integer(s, "maximum_age"),
                attributes(s, Hsds.VICTIM_CATEGORY).stream().map(v -> parse(v, VictimCategory::valueOf, at + ".attributes", "a victim category")).distinct().toList(),
                attributes(s, Hsds.NATIONALITY).stream().distinct().toList());
        List<String> languages = new ArrayList<>();
        for (JsonNode l : s.path("languages")) if (text(l, "code") != null && !languages.contains(text(l, "code"))) languages.add(text(l, "code"));
        List<UUID> at2 = new ArrayList<>();
        JsonNode sals = s.path("service_at_locations");
        for (int i = 0; i < sals.size(); i++) at2.add(uuid(sals.get(i), "location_id", at + ".service_at_locations[" + i + "]"));
        String description = text(s, "description");
        JsonNode schedule = s.path("schedules").size() > 0 ? s.path("schedules").get(0) : null;
        String scheduleEn = schedule == null ? null : text(schedule, "description");
        Instant updated = now;
        if (text(s, "last_modified") != null) {
            try {
                updated = OffsetDateTime.parse(text(s, "last_modified")).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(at + ".last_modified", "must be an ISO-8601 time with offset");
            }
        }
        return new ProviderService(id, organization, 1, new LocalizedText(required(s, "name", at), text(s, "alternate_name")),
                description == null ? null : new LocalizedText(description, attribute(s, Hsds.DESCRIPTION_BN).orElse(null)),
                category, coverage, eligibility, languages, capacity,
                attribute(s, Hsds.ACCEPTING_REFERRALS).map(Boolean::parseBoolean).orElse(true), rc,
                scheduleEn == null ? null : new LocalizedText(scheduleEn, attribute(s, Hsds.SCHEDULE_BN).orElse(null)),
                at2, updated);
    }

    private static Coverage coverage(JsonNode area, String at) {
        String uri = text(area, "uri");
        if (uri == null || !uri.startsWith(Hsds.AREA_URI)) {
            throw new InvalidRequestException(at + ".uri", "must be " + Hsds.AREA_URI + "national or " + Hsds.AREA_URI + "<level>:<code>");
        }
        String rest = uri.substring(Hsds.AREA_URI.length());
        if (rest.equals("national")) return new Coverage(CoverageLevel.NATIONAL, null);
        int colon = rest.indexOf(':');
        if (colon < 0) throw new InvalidRequestException(at + ".uri", "must name a level and a code");
        CoverageLevel level = parse(rest.substring(0, colon).toUpperCase(), CoverageLevel::valueOf, at + ".uri", "division, district or upazila");
        return new Coverage(level, rest.substring(colon + 1));
    }

    private static Optional<String> attribute(JsonNode owner, String code) {
        return attributes(owner, code).stream().findFirst();
    }

    private static List<String> attributes(JsonNode owner, String code) {
        List<String> values = new ArrayList<>();
        for (JsonNode attr : owner.path("attributes")) {
            JsonNode term = attr.path("taxonomy_term");
            if (Hsds.PROFILE.equals(term.path("taxonomy").asText()) && code.equals(term.path("code").asText()) && attr.hasNonNull("value")) {
                values.add(attr.get("value").asText());
            }
        }
        return values;
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, String expected) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new InvalidRequestException(field, "must be " + expected);
        }
    }

    private static UUID uuid(JsonNode n, String field, String at) {
        String v = text(n, field);
        if (v == null) throw new InvalidRequestException(at + "." + field, "is required");
        return parse(v, UUID::fromString, at + "." + field, "a UUID");
    }

    private static String required(JsonNode n, String field, String at) {
        String v = text(n, field);
        if (v == null) throw new InvalidRequestException(at + "." + field, "is required");
        if (v.length() > 200) throw new InvalidRequestException(at + "." + field, "must be at most 200 characters");
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
