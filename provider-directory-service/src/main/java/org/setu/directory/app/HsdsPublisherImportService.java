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
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.hsds.AreaPolicy;
import org.setu.directory.domain.hsds.CategoryMapping;
import org.setu.directory.domain.hsds.ContactPolicy;
import org.setu.directory.domain.hsds.ImportOutcome;
import org.setu.directory.domain.hsds.MappingDecision;
import org.setu.directory.domain.hsds.Words;
import org.setu.directory.persistence.ImportSourceRepository;
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
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.ProblemTranslation;
import org.setu.kit.audit.AuditTrail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports an HSDS 3.x document from any publisher: it maps what it can into Setu's model (areas from service areas,
 * addresses or coordinates; the category from the publisher's taxonomy terms through the mapping in force, {@link TaxonomyMappingService}),
 * and reports the rest, record by record. A dry run answers the report and writes nothing; the real run makes the
 * same plan and writes what it accepted, in one transaction, announcing each new or changed service on the
 * directory topic. Ids are the publisher's (or derived from them), so importing the same document again changes
 * nothing. Setu's own export goes to {@link HsdsImportService}, which reads its profile strictly.
 */
@ApplicationScoped
public class HsdsPublisherImportService {

    private static final Logger LOG = Logger.getLogger(HsdsPublisherImportService.class);
    private static final String PURPOSE = "DIRECTORY_MANAGEMENT";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";
    static final String SERVICE = "service";

    @Inject
    HsdsImportService ownForm;

    @Inject
    HsdsMappingData mapping;

    @Inject
    TaxonomyMappingService taxonomy;

    @Inject
    HsdsImportSettings settings;

    @Inject
    GeographyService geography;

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    ImportSourceRepository sources;

    @Inject
    DirectoryWriteService writes;

    @Inject
    AuditTrail audit;

    /** @param language {@code en} or {@code bn}: the language of the report's assumptions and reasons */
    @Transactional
    public HsdsImportReport importDocument(Actor a, JsonNode document, boolean dryRun, String language) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        if (HsdsImportService.inSetuForm(document)) return ownForm.importOwnForm(a, document, dryRun);
        HsdsDocument doc = HsdsDocument.read(document, settings.maxRecords());
        // the mapping in force now, the admin's latest edit: one mapping for the whole document
        Plan plan = new Plan(Clock.now(), taxonomy.inForce().categories(), language);
        for (HsdsDocument.Org o : doc.organizations.values()) plan.organization(o);
        for (HsdsDocument.Loc l : doc.locations.values()) plan.location(l);
        for (HsdsDocument.Svc s : doc.services.values()) plan.service(s, doc);
        if (!dryRun) plan.write();
        HsdsImportReport report = plan.report(dryRun);
        LOG.infof("HSDS import from another publisher%s: %s imported, %s written, %d records not imported", dryRun ? " (dry run)" : "",
                report.imported(), report.written(), report.records().stream().filter(r -> r.outcome() == ImportOutcome.NOT_IMPORTED).count());
        return report;
    }

    /** The publisher's UUID when its id is one, else a UUID derived from the kind and the id: the same on every import. */
    static UUID setuId(String kind, String sourceId) {
        try {
            return UUID.fromString(sourceId);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(("hsds-import/" + kind + "/" + sourceId).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One record's mapping: what was assumed, what stands against it. */
    private static final class Notes {
        final List<Reason> assumptions = new ArrayList<>();
        final List<Reason> reasons = new ArrayList<>();

        <T> T take(MappingDecision<T> d) {
            assumptions.addAll(d.assumptions());
            return d.value();
        }

        /** A field Setu can do without: its refusal becomes an assumption ("left out"). */
        <T> T optional(MappingDecision<T> d) {
            assumptions.addAll(d.assumptions());
            if (!d.mapped()) assumptions.add(d.refusal());
            return d.value();
        }

        <T> T required(MappingDecision<T> d) {
            assumptions.addAll(d.assumptions());
            if (!d.mapped()) reasons.add(d.refusal());
            return d.value();
        }
    }

    private final class Plan {
        final Instant now;
        final Map<String, Organization> orgs = new LinkedHashMap<>();          // by document key, accepted ones
        final Map<String, String> orgEmails = new LinkedHashMap<>();
        final Map<String, Location> locs = new LinkedHashMap<>();
        final Map<String, ProviderService> svcs = new LinkedHashMap<>();
        final Map<UUID, String> sourceIds = new LinkedHashMap<>();
        final Map<UUID, HsdsImportReport.Change> changes = new LinkedHashMap<>();
        final List<HsdsImportReport.RecordReport> records = new ArrayList<>();

        final CategoryMapping categories;
        final String language;

        Plan(Instant now, CategoryMapping categories, String language) {
            this.now = now;
            this.categories = categories;
            this.language = language;
        }

        // ---- organizations

        void organization(HsdsDocument.Org o) {
            Notes n = new Notes();
            JsonNode node = o.node();
            String name = HsdsDocument.text(node, "name", o.path());
            if (o.sourceId() == null) n.reasons.add(Reason.of("record.noId"));
            if (name == null) n.reasons.add(Reason.of("record.noName"));
            if (!n.reasons.isEmpty()) {
                report(ORGANIZATION, o.sourceId(), null, name, null, n);
                return;
            }
            UUID id = setuId(ORGANIZATION, o.sourceId());
            LocalizedText names = names(name, HsdsDocument.text(node, "alternate_name", o.path()), n, "field.organizationName");
            String description = HsdsDocument.text(node, "description", o.path());
            String email = email(HsdsDocument.text(node, "email", o.path()), n, "field.organizationEmail");
            String site = HsdsDocument.text(node, "website", o.path());
            String website = site == null ? null : WebAddresses.httpUrl(site).filter(w -> w.length() <= 500).orElse(null);
            if (site != null && website == null) n.assumptions.add(Reason.of("website.notUrl", MappingDecision.asWritten(site)));
            String phone = null;
            List<JsonNode> phones = HsdsDocument.objects(node, "phones", o.path());
            if (!phones.isEmpty()) phone = n.optional(ContactPolicy.e164(HsdsDocument.text(phones.get(0), "number", o.path() + ".phones[0]")));
            Organization org = new Organization(id, names, description == null ? null : new LocalizedText(description, null),
                    email, website, phone, false);
            HsdsImportReport.Change change = organizations.find(id).map(before -> before.equals(org)
                    ? HsdsImportReport.Change.UNCHANGED : HsdsImportReport.Change.CHANGED).orElse(HsdsImportReport.Change.NEW);
            String key = o.sourceId();
            orgs.put(key, org);
            if (email != null) orgEmails.put(key, email);
            accept(ORGANIZATION, o.sourceId(), id, names.en(), null, change, n);
        }

        /** The organization a location or service belongs to: one of the document's, or one already in the directory. */
        Optional<UUID> owner(String orgKey, Notes n) {
            if (orgKey == null) {
                n.reasons.add(Reason.of("owner.none"));
                return Optional.empty();
            }
            Organization inDocument = orgs.get(orgKey);
            if (inDocument != null) return Optional.of(inDocument.id());
            UUID id = setuId(ORGANIZATION, orgKey);
            if (!orgKey.startsWith("@") && organizations.find(id).isPresent()) return Optional.of(id);
            n.reasons.add(orgKey.startsWith("@") ? Reason.of("owner.unknown") : Reason.of("owner.unknownNamed", MappingDecision.asWritten(orgKey)));
            return Optional.empty();
        }

        // ---- locations

        void location(HsdsDocument.Loc l) {
            Notes n = new Notes();
            JsonNode node = l.node;
            if (l.sourceId == null) n.reasons.add(Reason.of("record.noId"));
            Optional<UUID> owner = owner(l.organization, n);
            String name = HsdsDocument.text(node, "name", l.path);
            List<JsonNode> addresses = HsdsDocument.objects(node, "addresses", l.path);
            JsonNode address = addresses.stream().filter(x -> "physical".equals(x.path("address_type").asText())).findFirst()
                    .orElse(addresses.isEmpty() ? null : addresses.get(0));
            String ap = l.path + ".addresses[" + Math.max(0, addresses.indexOf(address)) + "]";
            String line1 = HsdsDocument.text(address, "address_1", ap);
            String line2 = HsdsDocument.text(address, "address_2", ap);
            String city = HsdsDocument.text(address, "city", ap);
            Double lat = HsdsDocument.number(node, "latitude", l.path);
            Double lon = HsdsDocument.number(node, "longitude", l.path);
            if ((lat != null || lon != null) && !AreaPolicy.plausible(lat, lon)) {
                n.assumptions.add(Reason.of("coordinates.implausible", Reason.value(lat), Reason.value(lon)));
                lat = null;
                lon = null;
            }
            MappingDecision<Location.Area> area = AreaPolicy.areaOf(Hsds.profileAttribute(node, Hsds.DISTRICT),
                    java.util.Arrays.asList(HsdsDocument.text(address, "state_province", ap), city, HsdsDocument.text(address, "region", ap), line2, line1),
                    HsdsDocument.text(address, "country", ap), lat, lon, mapping.places(), geography.geography());
            Location.Area where = n.required(area);
            if (name == null) {
                name = line1 != null ? line1 : "Location " + l.sourceId;
                n.assumptions.add(Reason.of("location.named", MappingDecision.asWritten(name)));
            }
            if (!n.reasons.isEmpty() || owner.isEmpty()) {
                report(LOCATION, l.sourceId, null, name, null, n);
                return;
            }
            UUID id = setuId(LOCATION, l.sourceId);
            Optional<Location> before = locations.find(id);
            if (belongsElsewhere(before.map(Location::organizationId), owner.get(), LOCATION, n)) {
                report(LOCATION, l.sourceId, null, name, null, n);
                return;
            }
            LocalizedText names = names(name, HsdsDocument.text(node, "alternate_name", l.path), n, "field.locationName");
            Location.Address addr = address == null ? null : new Location.Address(
                    n.take(ContactPolicy.atMost(line2 == null ? line1 : line1 == null ? line2 : line1 + ", " + line2, 300, "field.addressLine")),
                    n.take(ContactPolicy.atMost(city, 100, "field.city")),
                    n.take(ContactPolicy.atMost(HsdsDocument.text(address, "postal_code", ap), 20, "field.postalCode")));
            // the confidential flag is Setu's: a directory admin's choice survives a re-import. A new place is
            // confidential until an admin has checked it: another publisher cannot tell us it is not a safe home
            if (before.isEmpty()) n.assumptions.add(Reason.of("location.confidential"));
            Location loc = new Location(id, owner.get(), names, addr, EntryRules.completed(where, geography.geography()), lat, lon,
                    before.map(Location::confidential).orElse(true));
            if (breaks(EntryRules.area(loc.area(), geography.geography(), "area"), n)) {
                report(LOCATION, l.sourceId, null, name, null, n);
                return;
            }
            locs.put(l.sourceId, loc);
            accept(LOCATION, l.sourceId, id, names.en(), null,
                    before.map(b -> b.equals(loc) ? HsdsImportReport.Change.UNCHANGED : HsdsImportReport.Change.CHANGED)
                            .orElse(HsdsImportReport.Change.NEW), n);
        }

        // ---- services

        void service(HsdsDocument.Svc s, HsdsDocument doc) {
            Notes n = new Notes();
            JsonNode node = s.node;
            String p = s.path;
            if (s.sourceId == null) n.reasons.add(Reason.of("record.noId"));
            String name = HsdsDocument.text(node, "name", p);
            if (name == null) n.reasons.add(Reason.of("record.noName"));
            Optional<UUID> owner = owner(s.organization, n);
            String status = HsdsDocument.text(node, "status", p);
            boolean accepting = true;
            if (status != null) {
                String st = Words.folded(status);
                if (st.equals("defunct")) n.reasons.add(Reason.of("status.defunct"));
                else if (!st.equals("active")) {
                    accepting = false;
                    n.assumptions.add(Reason.of("status.notActive", MappingDecision.asWritten(status)));
                }
            }
            String alternate = HsdsDocument.text(node, "alternate_name", p);
            // category
            List<CategoryMapping.Term> terms = terms(node, p);
            ServiceCategory category = n.required(categories.categoryOf(terms,
                    String.join(" ", name == null ? "" : name, alternate == null ? "" : alternate)));
            // locations: the document's accepted ones of the same organization
            List<UUID> at = new ArrayList<>();
            Set<String> districts = new LinkedHashSet<>();
            for (String key : s.locations) {
                Location l = locs.get(key);
                Reason.Label label = MappingDecision.asWritten(doc.locations.containsKey(key) ? nameOf(doc.locations.get(key)) : key);
                if (l == null) n.assumptions.add(Reason.of("service.locationNotImported", label));
                else if (owner.isPresent() && !l.organizationId().equals(owner.get())) {
                    n.assumptions.add(Reason.of("service.locationElsewhere", label));
                } else if (!at.contains(l.id())) {
                    at.add(l.id());
                    districts.add(l.area().districtId());
                }
            }
            List<Coverage> coverage = coverage(node, p, districts, n);
            // eligibility
            Integer min = n.take(ContactPolicy.age(HsdsDocument.number(node, "minimum_age", p), "field.minimumAge"));
            Integer max = n.take(ContactPolicy.age(HsdsDocument.number(node, "maximum_age", p), "field.maximumAge"));
            if (min != null && max != null && min > max) {
                n.assumptions.add(Reason.of("age.minAboveMax", Reason.value(min), Reason.value(max)));
                min = null;
                max = null;
            }
            String eligibilityText = HsdsDocument.text(node, "eligibility_description", p);
            if (eligibilityText != null) n.assumptions.add(Reason.of("eligibility.inWords", MappingDecision.asWritten(shorten(eligibilityText))));
            Eligibility eligibility = new Eligibility(List.of(), min, max, List.of(), List.of());
            List<String> languages = languages(node, p, n);
            // referral contact
            ReferralContact contact = contact(s, n, languages);
            Capacity capacity = capacity(node, p, n);
            List<JsonNode> schedules = HsdsDocument.objects(node, "schedules", p);
            String schedule = schedules.isEmpty() ? null : HsdsDocument.text(schedules.get(0), "description", p + ".schedules[0]");
            String description = HsdsDocument.text(node, "description", p);
            if (!n.reasons.isEmpty() || owner.isEmpty()) {
                report(SERVICE, s.sourceId, null, name, category, n);
                return;
            }
            UUID id = setuId(SERVICE, s.sourceId);
            Optional<ProviderService> before = services.find(id);
            if (belongsElsewhere(before.map(ProviderService::organizationId), owner.get(), SERVICE, n)) {
                report(SERVICE, s.sourceId, null, name, category, n);
                return;
            }
            LocalizedText names = names(name, alternate, n, "field.serviceName");
            ProviderService svc = new ProviderService(id, owner.get(), 1, names,
                    description == null ? null : new LocalizedText(description, null), category, coverage, eligibility, languages,
                    capacity, accepting, contact, schedule == null ? null : new LocalizedText(schedule, null), at, now).normalized();
            List<FieldProblem> problems = new ArrayList<>();
            problems.addAll(EntryRules.coverage(svc.coverage(), geography.geography(), "coverage"));
            problems.addAll(EntryRules.capacity(svc.capacity(), "capacity"));
            if (breaks(problems, n)) {
                report(SERVICE, s.sourceId, null, name, category, n);
                return;
            }
            svcs.put(s.sourceId, svc);
            accept(SERVICE, s.sourceId, id, names.en(), category,
                    before.map(b -> sameContent(b, svc) ? HsdsImportReport.Change.UNCHANGED : HsdsImportReport.Change.CHANGED)
                            .orElse(HsdsImportReport.Change.NEW), n);
        }

        List<CategoryMapping.Term> terms(JsonNode node, String p) {
            List<CategoryMapping.Term> terms = new ArrayList<>();
            List<JsonNode> attributes = HsdsDocument.objects(node, "attributes", p);
            for (int i = 0; i < attributes.size(); i++) {
                String ap = p + ".attributes[" + i + "].taxonomy_term";
                JsonNode t = HsdsDocument.object(attributes.get(i).get("taxonomy_term"), ap);
                if (t == null) continue;
                String taxonomy = HsdsDocument.text(t, "taxonomy", ap);
                JsonNode detail = HsdsDocument.object(t.get("taxonomy_detail"), ap + ".taxonomy_detail");
                if (taxonomy == null && detail != null) taxonomy = HsdsDocument.text(detail, "name", ap + ".taxonomy_detail");
                if (Hsds.PROFILE.equals(taxonomy)) continue;   // Setu's own facts, not a classification
                terms.add(new CategoryMapping.Term(taxonomy, HsdsDocument.text(t, "code", ap), HsdsDocument.text(t, "name", ap)));
            }
            return terms;
        }

        List<Coverage> coverage(JsonNode node, String p, Set<String> locationDistricts, Notes n) {
            Set<Coverage> out = new LinkedHashSet<>();
            List<Reason> notFound = new ArrayList<>();
            List<JsonNode> areas = HsdsDocument.objects(node, "service_areas", p);
            for (int i = 0; i < areas.size(); i++) {
                String ap = p + ".service_areas[" + i + "]";
                JsonNode area = areas.get(i);
                String uri = HsdsDocument.text(area, "uri", ap);
                Optional<Coverage> own = uri == null ? Optional.empty() : Hsds.areaFromUri(uri);
                if (own.isPresent()) {
                    out.add(own.get());
                    continue;
                }
                String text = HsdsDocument.text(area, "name", ap);
                if (text == null) text = HsdsDocument.text(area, "description", ap);
                if (text == null) text = HsdsDocument.text(area, "extent", ap);
                MappingDecision<Coverage> d = AreaPolicy.coverageOf(text == null ? "" : text, mapping.places());
                if (d.mapped()) out.add(n.take(d));
                else notFound.add(d.refusal());
            }
            if (!out.isEmpty()) {
                notFound.forEach(x -> n.assumptions.add(Reason.of("area.leftOut", Reason.nested(x))));
                return new ArrayList<>(out);
            }
            if (!locationDistricts.isEmpty()) {
                List<Reason.Arg> names = locationDistricts.stream().map(d -> geography.geography().find(GeoLevel.DISTRICT, d)
                        .<Reason.Arg>map(AreaPolicy::name).orElse(MappingDecision.asWritten(d))).toList();
                n.assumptions.add(Reason.of(names.size() > 1 ? "area.fromLocations" : "area.fromLocation", noArea(areas.isEmpty(), notFound),
                        Reason.joined("join.comma", names)));
                return locationDistricts.stream().map(d -> new Coverage(CoverageLevel.DISTRICT, d)).toList();
            }
            n.reasons.add(Reason.of("area.none", noArea(areas.isEmpty(), notFound)));
            return List.of();
        }

        /** Why a service's own areas give none in Bangladesh: it has none, or each that it names is refused. */
        Reason.Arg noArea(boolean noneGiven, List<Reason> notFound) {
            return noneGiven ? Reason.nested(Reason.of("area.noneGiven"))
                    : Reason.joined("join.semicolon", notFound.stream().map(Reason::nested).toList());
        }

        List<String> languages(JsonNode node, String p, Notes n) {
            List<String> out = new ArrayList<>();
            List<JsonNode> langs = HsdsDocument.objects(node, "languages", p);
            for (int i = 0; i < langs.size(); i++) {
                String lp = p + ".languages[" + i + "]";
                String code = HsdsDocument.text(langs.get(i), "code", lp);
                String name = HsdsDocument.text(langs.get(i), "name", lp);
                Optional<String> c = ContactPolicy.languageCode(code, name);
                if (c.isEmpty()) n.assumptions.add(Reason.of("language.unknown", MappingDecision.asWritten(name != null ? name : code)));
                else if (!out.contains(c.get())) out.add(c.get());
            }
            return out;
        }

        ReferralContact contact(HsdsDocument.Svc s, Notes n, List<String> languages) {
            JsonNode node = s.node;
            String p = s.path;
            List<String> emails = new ArrayList<>();
            List<String> phones = new ArrayList<>();
            String own = HsdsDocument.text(node, "email", p);
            if (own != null) emails.add(own);
            List<JsonNode> contacts = new ArrayList<>(HsdsDocument.objects(node, "contacts", p));
            contacts.addAll(s.siteContacts);
            for (JsonNode c : contacts) {
                String e = HsdsDocument.text(c, "email", p + ".contacts");
                if (e != null) emails.add(e);
                for (JsonNode ph : HsdsDocument.objects(c, "phones", p + ".contacts")) {
                    String num = HsdsDocument.text(ph, "number", p + ".contacts.phones");
                    if (num != null) phones.add(num);
                }
            }
            for (JsonNode ph : HsdsDocument.objects(node, "phones", p)) {
                String num = HsdsDocument.text(ph, "number", p + ".phones");
                if (num != null) phones.add(0, num);
            }
            String email = null;
            for (String e : emails) {
                email = WebAddresses.email(e).filter(x -> x.length() <= 254).orElse(null);
                if (email != null) break;
                n.assumptions.add(Reason.of("email.notUsed", MappingDecision.asWritten(e)));
            }
            if (email == null && s.organization != null && orgEmails.containsKey(s.organization)) {
                email = orgEmails.get(s.organization);
                n.assumptions.add(Reason.of("email.fromOrganization"));
            }
            if (email == null && s.organization != null && !orgs.containsKey(s.organization)) {
                email = organizations.find(setuId(ORGANIZATION, s.organization)).map(Organization::email).orElse(null);
                if (email != null) n.assumptions.add(Reason.of("email.fromDirectory"));
            }
            if (email == null) {
                n.reasons.add(Reason.of("email.none"));
                return null;
            }
            String phone = null;
            if (!phones.isEmpty()) phone = n.optional(ContactPolicy.e164(phones.get(0)));
            String language = languages.contains("bn") || (s.organization != null && orgs.containsKey(s.organization)
                    && orgs.get(s.organization).name().bn() != null) ? "bn" : "en";
            return new ReferralContact(email, phone, null, language);
        }

        Capacity capacity(JsonNode node, String p, Notes n) {
            List<JsonNode> capacities = HsdsDocument.objects(node, "capacities", p);
            if (capacities.isEmpty()) return null;
            String cp = p + ".capacities[0]";
            JsonNode c = capacities.get(0);
            Double available = HsdsDocument.number(c, "available", cp);
            Double maximum = HsdsDocument.number(c, "maximum", cp);
            JsonNode unit = HsdsDocument.object(c.get("unit"), cp + ".unit");
            String unitName = unit == null ? null : HsdsDocument.text(unit, "name", cp + ".unit");
            if (available == null) return null;
            CapacityUnit u = unitName != null && Words.folded(unitName).startsWith("bed") ? CapacityUnit.BEDS : CapacityUnit.SLOTS;
            if (u == CapacityUnit.SLOTS && (unitName == null || !Words.folded(unitName).startsWith("slot"))) {
                n.assumptions.add(Reason.of("capacity.unit", MappingDecision.asWritten(unitName)));
            }
            Capacity cap = new Capacity(available.intValue(), maximum == null ? available.intValue() : maximum.intValue(), u);
            if (!EntryRules.capacity(cap, "capacity").isEmpty()) {
                n.assumptions.add(Reason.of("capacity.inconsistent", Reason.value(available), Reason.value(maximum)));
                return null;
            }
            return cap;
        }

        /** A record whose id is another organization's record in the directory is not moved across organizations. */
        boolean belongsElsewhere(Optional<UUID> ownerBefore, UUID owner, String kind, Notes n) {
            if (ownerBefore.isEmpty() || ownerBefore.get().equals(owner)) return false;
            n.reasons.add(Reason.of("record.elsewhere", Reason.term("kind." + kind)));
            return true;
        }

        /**
         * The directory's entry rules, each broken one a reason against the record: the field, and the rule's message
         * with the Bangla the services' problems have.
         */
        boolean breaks(List<FieldProblem> problems, Notes n) {
            problems.forEach(x -> n.reasons.add(Reason.of("rule.broken", MappingDecision.asWritten(x.field()),
                    new Reason.Label(x.message(), ProblemTranslation.bangla().text(x.message())))));
            return !problems.isEmpty();
        }

        // ---- the report and the writes

        void accept(String kind, String sourceId, UUID id, String name, ServiceCategory category, HsdsImportReport.Change change, Notes n) {
            sourceIds.put(id, sourceId);
            changes.put(id, change);
            records.add(HsdsImportReport.RecordReport.of(kind, sourceId, id, name, ImportOutcome.of(n.reasons, n.assumptions), change,
                    category == null ? null : category.name(), n.assumptions, n.reasons, language));
        }

        void report(String kind, String sourceId, UUID id, String name, ServiceCategory category, Notes n) {
            records.add(HsdsImportReport.RecordReport.of(kind, sourceId, id, name, ImportOutcome.NOT_IMPORTED, null,
                    category == null ? null : category.name(), n.assumptions, n.reasons, language));
        }

        boolean toWrite(UUID id) {
            return changes.get(id) != HsdsImportReport.Change.UNCHANGED;
        }

        void write() {
            for (Organization o : orgs.values()) {
                if (toWrite(o.id())) organizations.save(o, now);
                sources.record(ORGANIZATION, o.id(), sourceIds.get(o.id()), now);
            }
            for (Location l : locs.values()) {
                if (toWrite(l.id())) locations.save(l, now);
                sources.record(LOCATION, l.id(), sourceIds.get(l.id()), now);
            }
            for (ProviderService s : svcs.values()) {
                if (toWrite(s.id())) {
                    long version = services.find(s.id()).map(b -> b.version() + 1).orElse(1L);
                    writes.saveChecked(s.withVersion(version, now), changes.get(s.id()) == HsdsImportReport.Change.NEW
                            ? AuditTrail.CREATE : AuditTrail.CHANGE);
                }
                sources.record(SERVICE, s.id(), sourceIds.get(s.id()), now);
            }
            audit.record("IMPORT", "directory", "hsds", PURPOSE);
        }

        HsdsImportReport report(boolean dryRun) {
            return new HsdsImportReport(dryRun, "hsds", new HsdsImportReport.Counts(orgs.size(), locs.size(), svcs.size()),
                    new HsdsImportReport.Counts(written(orgs.values().stream().map(Organization::id).toList()),
                            written(locs.values().stream().map(Location::id).toList()),
                            written(svcs.values().stream().map(ProviderService::id).toList())),
                    records);
        }

        int written(List<UUID> ids) {
            return (int) ids.stream().filter(this::toWrite).count();
        }
    }

    /** Two versions of a service say the same, whatever their version, time and the order of their lists. */
    static boolean sameContent(ProviderService a, ProviderService b) {
        ProviderService x = a.normalized().withVersion(0, Instant.EPOCH);
        ProviderService y = b.normalized().withVersion(0, Instant.EPOCH);
        return x.organizationId().equals(y.organizationId()) && x.name().equals(y.name())
                && java.util.Objects.equals(x.description(), y.description()) && x.category() == y.category()
                && x.coverage().equals(y.coverage()) && x.eligibility().equals(y.eligibility())
                && new HashSet<>(x.languages()).equals(new HashSet<>(y.languages()))
                && java.util.Objects.equals(x.capacity(), y.capacity()) && x.acceptingReferrals() == y.acceptingReferrals()
                && x.referralContact().equals(y.referralContact()) && java.util.Objects.equals(x.schedule(), y.schedule())
                && new HashSet<>(x.locationIds()).equals(new HashSet<>(y.locationIds()));
    }

    /** English and Bangla names: a name in Bangla script is the Bangla one; the English one is the other, or the same. */
    /** @param what the word naming the field, such as {@code field.serviceName}; {@code <what>Bangla} names its Bangla */
    private static LocalizedText names(String name, String alternate, Notes n, String what) {
        String en = name;
        String bn = null;
        if (Words.isBangla(name)) {
            bn = name;
            en = alternate != null && !Words.isBangla(alternate) ? alternate : name;
            if (en.equals(name)) n.assumptions.add(Reason.of("name.onlyBangla", Reason.term(what)));
        } else if (alternate != null && Words.isBangla(alternate)) {
            bn = alternate;
        }
        return new LocalizedText(n.take(ContactPolicy.atMost(en, 200, what)), bn == null ? null : n.take(ContactPolicy.atMost(bn, 200, what + "Bangla")));
    }

    private static String email(String value, Notes n, String what) {
        if (value == null) return null;
        Optional<String> e = WebAddresses.email(value).filter(x -> x.length() <= 254);
        if (e.isEmpty()) n.assumptions.add(Reason.of("email.leftOut", Reason.term(what), MappingDecision.asWritten(value)));
        return e.orElse(null);
    }

    private static String nameOf(HsdsDocument.Loc l) {
        String name = l.node.path("name").asText("");
        return name.isBlank() ? String.valueOf(l.sourceId) : name;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
