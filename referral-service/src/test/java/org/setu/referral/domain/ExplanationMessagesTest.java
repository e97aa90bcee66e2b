package org.setu.referral.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.referral.app.ExplanationText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.domain.Fixtures.*;

/** The referral explanations' bundles: the same keys in English and Bangla, and every sentence the policies write known to both. */
class ExplanationMessagesTest {

    static final ExplanationText TEXT = new ExplanationText();

    @Test
    void everyMessageKeyExistsInBothLanguages() {
        assertThat(TEXT.bundle().keysOnlyIn("en", "bn")).as("in English only").isEmpty();
        assertThat(TEXT.bundle().keysOnlyIn("bn", "en")).as("in Bangla only").isEmpty();
    }

    @Test
    void everyWordOfTheVocabularyIsTranslated() {
        List<String> words = new ArrayList<>();
        for (ServiceCategory c : ServiceCategory.values()) words.addAll(List.of("category." + c, "categoryName." + c));
        for (Sex s : Sex.values()) words.add("sex." + s);
        for (VictimCategory v : VictimCategory.values()) words.add("population." + v);
        for (Urgency u : Urgency.values()) words.add("urgency." + u);
        words.add("urgency.UNKNOWN");
        for (AgeBand b : AgeBand.values()) words.add("ageBand." + b);
        for (AreaLevel l : AreaLevel.values()) words.add("level." + l);
        for (CapacityUnit u : CapacityUnit.values()) words.add("unit." + u);
        words.add("unit.PLACES");
        assertThat(words).allSatisfy(w -> assertThat(TEXT.bundle().has(w, "bn")).as(w).isTrue());
    }

    @Test
    void everySentenceThePoliciesCanWriteIsKnownInBothLanguagesAndLeavesNoPlaceholder() {
        List<Reason> said = everythingSaid();
        for (String language : List.of("en", "bn")) {
            assertThat(TEXT.missing(said, language)).as(language).isEmpty();
            assertThat(TEXT.render(said, language)).allSatisfy(line -> assertThat(line).doesNotContainPattern("\\{\\d+}"));
        }
    }

    @Test
    void aChildsReferralIsExplainedInBanglaWithBanglaDigitsAndInEnglishAsBefore() {
        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.CHILD_PROTECTION,
                List.of(offer(ServiceCategory.CHILD_PROTECTION, district(COXS_BAZAR))), Map.of(), Set.of());
        List<Reason> why = result.explain(result.best().orElseThrow(), 1);

        assertThat(String.join(" ", TEXT.render(why, "bn")))
                .contains("শিশু সুরক্ষা প্রয়োজন", "জেলা ৯", "ব্যক্তির জেলা কভার করে", "৫টি আসন খালি", "১টি যোগ্য সেবার মধ্যে ১ নম্বর",
                        "বাংলা ভাষায় কাজ করে")
                .doesNotContain("district", "covers");
        assertThat(TEXT.render(why, "en").get(0))
                .isEqualTo("Needs CHILD_PROTECTION: child protection is needed where the person is now (upazila 83, district 9, division 1).");
    }

    @Test
    void aLanguageTheBundlesDoNotListIsShownByItsCode() {
        ServiceOffer santali = with(offer(ServiceCategory.SHELTER, district(COXS_BAZAR)), 5, Set.of("sat"));
        Reason r = MatchRules.speaksALanguageOf(santali, List.of("my")).reason();
        assertThat(TEXT.render(r, "bn")).isEqualTo("sat ভাষায় কাজ করে, বর্মি ভাষায় নয়");
        assertThat(TEXT.render(r, "en")).isEqualTo("works in [sat], not in [my]");
    }

    @Test
    void aSentenceStoredBeforeExplanationsWereStructuredReadsAsItWasInEitherLanguage() {
        Reason old = Reason.of("legacy", Reason.value("Chose Shelter A: covers the person's district."));
        assertThat(TEXT.render(old, "bn")).isEqualTo("Chose Shelter A: covers the person's district.");
        assertThat(TEXT.render(old, "en")).isEqualTo("Chose Shelter A: covers the person's district.");
    }

    /** One of each sentence: every rule passed and failed, every dispatch, place and explanation. */
    private static List<Reason> everythingSaid() {
        List<Reason> said = new ArrayList<>();
        ServiceOffer open = offer(ServiceCategory.SHELTER, district(COXS_BAZAR));
        ServiceOffer narrow = new ServiceOffer(UUID.randomUUID(), UUID.randomUUID(), "narrow", ServiceCategory.SHELTER,
                List.of(upazila(TEKNAF)), Set.of(Sex.MALE), 18, null, Set.of(VictimCategory.SMUGGLED_MIGRANT), Set.of("MM"),
                Set.of("en"), 0, "BEDS", false);
        ServiceOffer bounded = ages(open, 12, 17);
        CaseFacts girl = girl16InCoxsBazar();
        for (ServiceOffer s : List.of(open, narrow, bounded)) {
            said.add(MatchRules.offersCategory(s, ServiceCategory.MEDICAL).reason());
            said.add(MatchRules.offersCategory(s, ServiceCategory.SHELTER).reason());
            said.add(MatchRules.ageFits(s, girl.ageBand()).reason());
            said.add(MatchRules.ageFits(s, AgeBand.UNKNOWN).reason());
            said.add(MatchRules.sexFits(s, girl.sex()).reason());
            said.add(MatchRules.victimCategoryFits(s, girl.victimCategory()).reason());
            said.add(MatchRules.nationalityFits(s, "BD").reason());
            said.add(MatchRules.nationalityFits(s, null).reason());
            said.add(MatchRules.nationalityFits(forNationals(s, "for BD", "BD"), "BD").reason());
            said.add(MatchRules.covers(s, girl.currentLocation()).reason());
            said.add(MatchRules.covers(s, Place.UNKNOWN).reason());
            said.add(MatchRules.covers(offer(ServiceCategory.SHELTER, Area.national()), girl.currentLocation()).reason());
            said.add(MatchRules.speaksALanguageOf(s, girl.languages()).reason());
            said.add(MatchRules.speaksALanguageOf(s, List.of()).reason());
            said.add(MatchRules.acceptsReferrals(s).reason());
            said.add(MatchRules.hasFreeCapacity(s).reason());
            said.add(MatchRules.hasFreeCapacity(with(s, null, Set.of())).reason());
            said.add(MatchRules.notAskedBefore(s, Set.of(s.organizationId())).reason());
            said.add(MatchRules.notAskedBefore(s, Set.of()).reason());
        }
        for (ServiceCategory c : ServiceCategory.values()) {
            said.add(PlacePolicy.placeFor(c, girl).reason());
            said.add(PlacePolicy.placeFor(c, new CaseFacts(girl.caseId(), girl.caseRef(), girl.agencyId(), girl.urgency(),
                    girl.ageBand(), girl.sex(), girl.victimCategory(), Place.UNKNOWN, girl.currentLocation(), girl.languages(),
                    girl.consentedServices(), girl.shareLevel(), girl.nationality())).reason());
        }
        AgencyRoutingPolicy waits = new AgencyRoutingPolicy(UUID.randomUUID(), 3, Set.of(Urgency.ROUTINE),
                Set.of(ServiceCategory.LEGAL_AID), null);
        for (AgencyRoutingPolicy policy : List.of(waits, AgencyRoutingPolicy.defaultFor(UUID.randomUUID(), false))) {
            for (Urgency u : Urgency.values()) {
                for (ServiceCategory c : List.of(ServiceCategory.SHELTER, ServiceCategory.LEGAL_AID)) {
                    said.add(RoutingPolicy.dispatch(u, false, c, policy).reason());
                    said.add(RoutingPolicy.dispatch(u, true, c, policy).reason());
                }
            }
        }
        said.add(RoutingPolicy.awaitingArrival(new PlannedReturn(girl.caseId(), 1, "DAC", java.time.LocalDate.of(2026, 12, 9),
                java.time.LocalDate.of(2026, 12, 14), PlannedReturn.Status.PLANNED)).reason());
        var records = Map.of(open.organizationId(), new ProviderRecord(4, 3, Duration.ofMinutes(30)));
        var result = RankingPolicy.rank(girl, ServiceCategory.SHELTER, List.of(open, narrow, bounded), records, Set.of());
        said.addAll(result.explain(result.best().orElseThrow(), 1));
        said.addAll(result.explain(result.best().orElseThrow(), 2));
        said.addAll(result.explainNoCandidate());
        said.add(new ProviderRecord(5, 2, Duration.ofHours(5)).describe());
        said.add(new ProviderRecord(5, 2, Duration.ofDays(3)).describe());
        said.add(new ProviderRecord(5, 2, null).describe());
        said.addAll(RankingPolicy.rank(girl, ServiceCategory.SHELTER, List.of(), Map.of(), Set.of()).explainNoCandidate());
        Referral sent = Referral.create(UUID.randomUUID(), girl, ServiceCategory.SHELTER,
                new ServiceChoice(open.id(), open.organizationId(), List.of()), true, SystemActor.NAME, "ROUTED", null,
                Instant.parse("2026-03-01T08:00:00Z"));
        said.addAll(sent.reDate(Urgency.IMMEDIATE, Instant.parse("2026-03-01T09:00:00Z"), "URGENCY_CHANGED").explanation());
        return said;
    }
}
