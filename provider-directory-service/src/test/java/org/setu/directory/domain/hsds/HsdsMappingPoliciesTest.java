package org.setu.directory.domain.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.geo.Geography;
import org.setu.directory.domain.geo.GeographyCsv;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.text.MessageBundle;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.ReasonText;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping policies of the HSDS import, on the directory's own mapping files and geography; no Quarkus. */
class HsdsMappingPoliciesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Geography GEO = GeographyCsv.load(name -> loader().getResourceAsStream("geography/" + name));
    static final PlaceNames PLACES = new PlaceNames(GEO, spellings());
    static final CategoryMapping CATEGORIES = categories();

    /** The import report's words, to read what a policy decided as the English report says it. */
    static final ReasonText TEXT = new ReasonText(MessageBundle.load("hsds/import"));

    static List<String> english(List<Reason> reasons) {
        return TEXT.render(reasons, "en");
    }

    static String english(Reason reason) {
        return TEXT.render(reason, "en");
    }

    static ClassLoader loader() {
        return HsdsMappingPoliciesTest.class.getClassLoader();
    }

    static JsonNode read(String resource) {
        try (InputStream in = loader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> spellings() {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode g : read("hsds/place-names.json").get("spellings")) {
            List<String> group = new ArrayList<>();
            g.forEach(s -> group.add(s.asText()));
            out.add(group);
        }
        return out;
    }

    static Map<String, ServiceCategory> map(JsonNode object) {
        Map<String, ServiceCategory> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), ServiceCategory.valueOf(e.getValue().asText()));
        }
        return out;
    }

    static CategoryMapping categories() {
        JsonNode doc = read("hsds/taxonomy-mapping.json");
        List<CategoryMapping.Vocabulary> vocabularies = new ArrayList<>();
        for (JsonNode v : doc.get("vocabularies")) {
            List<String> names = new ArrayList<>();
            v.get("names").forEach(n -> names.add(n.asText()));
            vocabularies.add(new CategoryMapping.Vocabulary(v.get("id").asText(), names, map(v.get("codes")), map(v.get("termNames"))));
        }
        return new CategoryMapping(vocabularies, map(doc.get("words")));
    }

    @ParameterizedTest(name = "a service area called \"{0}\" covers {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Chittagong | DISTRICT | 8", "Chattogram district | DISTRICT | 8", "Chattagram Division | DIVISION | 1",
            "Chittagong division | DIVISION | 1", "Comilla | DISTRICT | 1", "Cumilla | DISTRICT | 1", "Jessore | DISTRICT | 20",
            "Jashore | DISTRICT | 20", "Barisal | DISTRICT | 33", "Barishal division | DIVISION | 4", "Bogra | DISTRICT | 14",
            "Bogura | DISTRICT | 14", "Cox's Bazar | DISTRICT | 9", "Coxs Bazar | DISTRICT | 9", "কক্সবাজার | DISTRICT | 9",
            "কক্সবাজার জেলা | DISTRICT | 9", "চট্টগ্রাম বিভাগ | DIVISION | 1", "Ukhiya | UPAZILA | 83",
            "Teknaf, Cox's Bazar | UPAZILA | 87", "Sylhet Division | DIVISION | 5", "Moulvi Bazar | DISTRICT | 37",
            "Cox's Bazar, Bangladesh | DISTRICT | 9"})
    void aServiceAreaIsFoundByItsNameInAnySpellingInUse(String area, CoverageLevel level, String id) {
        MappingDecision<Coverage> d = AreaPolicy.coverageOf(area, PLACES);
        assertThat(d.refusal()).isNull();
        assertThat(d.value()).isEqualTo(new Coverage(level, id));
    }

    @Test
    void aNameThatIsBothADivisionAndADistrictIsTakenAsTheDistrictAndSaysSo() {
        MappingDecision<Coverage> d = AreaPolicy.coverageOf("Dhaka", PLACES);
        assertThat(d.value()).isEqualTo(new Coverage(CoverageLevel.DISTRICT, "47"));
        assertThat(english(d.assumptions())).containsExactly("service area 'Dhaka' names a division and a district; taken as the district Dhaka");
    }

    @ParameterizedTest(name = "\"{0}\" is the whole country")
    @CsvSource({"Bangladesh", "বাংলাদেশ", "National", "All of Bangladesh"})
    void theWholeCountryIsNationalCoverage(String area) {
        assertThat(AreaPolicy.coverageOf(area, PLACES).value()).isEqualTo(new Coverage(CoverageLevel.NATIONAL, null));
    }

    @Test
    void aDistrictFoundOnlyThroughAnUpazilaNameIsAnAssumption() {
        MappingDecision<Location.Area> d = AreaPolicy.areaOf(null, java.util.Arrays.asList(null, "Ukhiya", null), "BD", null, null, PLACES, GEO);
        assertThat(d.value()).isEqualTo(new Location.Area("1", "9", "83", null));
        assertThat(english(d.assumptions())).containsExactly("district Coxsbazar taken from the upazila Ukhiya that the address names (it names no district)");
    }

    @Test
    void aPlaceOutsideBangladeshIsNotInvented() {
        assertThat(english(AreaPolicy.coverageOf("MyCity area", PLACES).refusal()))
                .isEqualTo("service area 'MyCity area' is not a division, district or upazila of Bangladesh");
        assertThat(AreaPolicy.nearestDistrict(22.57, 88.0, GEO)).as("west of Satkhira, in India").isEmpty();
        assertThat(AreaPolicy.nearestDistrict(40.7, -74.0, GEO)).isEmpty();
    }

    @ParameterizedTest(name = "({0}, {1}) lies nearest to district {2}")
    @CsvSource({"21.21, 92.16, 9", "23.81, 90.41, 47", "22.36, 91.78, 8", "24.90, 91.87, 36"})
    void aLocationWithOnlyCoordinatesIsInTheDistrictWhoseCentreIsNearest(double lat, double lon, String district) {
        MappingDecision<Location.Area> d = AreaPolicy.areaOf(null, List.of(), null, lat, lon, PLACES, GEO);
        assertThat(d.value().districtId()).isEqualTo(district);
        assertThat(english(d.assumptions())).singleElement().asString().contains("nearest");
    }

    @Test
    void anAddressInBanglaGivesItsDistrictAndUpazila() {
        MappingDecision<Location.Area> d = AreaPolicy.areaOf(null, java.util.Arrays.asList("কক্সবাজার", "উখিয়া", null), "বাংলাদেশ",
                null, null, PLACES, GEO);
        assertThat(d.value()).isEqualTo(new Location.Area("1", "9", "83", null));
        assertThat(d.assumptions()).isEmpty();
    }

    @ParameterizedTest(name = "term {1} of {0} is {3}")
    @CsvSource(delimiter = '|', value = {
            "setu | SHELTER | | SHELTER", "IASC clusters | SHL | Shelter | SHELTER", "HXL sector | PRO-CPN | | CHILD_PROTECTION",
            "AIRS | BH-1800.8500-800 | Homeless Shelter | SHELTER", "211 | LN-5000 | Hospitals | MEDICAL",
            "Open Eligibility | 1102 | Legal Representation | LEGAL_AID", "open-eligibility | | Translation & Interpretation | INTERPRETATION"})
    void aTermOfAKnownVocabularyGivesItsCategoryWithoutAssumption(String taxonomy, String code, String name, ServiceCategory category) {
        MappingDecision<ServiceCategory> d = CATEGORIES.categoryOf(List.of(new CategoryMapping.Term(taxonomy, code, name)), "Anything");
        assertThat(d.value()).isEqualTo(category);
        assertThat(d.assumptions()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is guessed as {1}")
    @CsvSource(delimiter = '|', value = {"Community Counselling | PSYCHOSOCIAL", "Women's shelter | SHELTER",
            "নারীদের জন্য আশ্রয় | SHELTER", "Free legal aid clinic | LEGAL_AID", "Mobile medical team | MEDICAL"})
    void aServiceWithoutAMappedTermIsCategorisedFromItsNameAsAnAssumption(String name, ServiceCategory category) {
        MappingDecision<ServiceCategory> d = CATEGORIES.categoryOf(List.of(new CategoryMapping.Term("taxonomy", "code", "name")), name);
        assertThat(d.value()).isEqualTo(category);
        assertThat(english(d.assumptions())).singleElement().asString().startsWith("category " + category + " guessed from the word");
    }

    @Test
    void aServiceSetuHasNoCategoryForIsNotImported() {
        MappingDecision<ServiceCategory> d = CATEGORIES.categoryOf(List.of(new CategoryMapping.Term("IASC clusters", "WSH", "WASH")),
                "Water points and latrines");
        assertThat(d.mapped()).isFalse();
    }

    @ParameterizedTest(name = "phone \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"+880 1711-000000 | +8801711000000", "01711000000 | +8801711000000",
            "\"+44 1234 234567\" | +441234234567", "0088 01711 000000 | +8801711000000"})
    void phonesAreKeptInE164(String raw, String e164) {
        assertThat(ContactPolicy.e164(raw).value()).isEqualTo(e164);
    }
}
