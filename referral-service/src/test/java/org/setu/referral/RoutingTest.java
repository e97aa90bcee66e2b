package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.AgencyPolicyRepository;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.Referrals.routedOnce;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** Routing with the sample directory, fed through the real directory and screening topics. */
@QuarkusTest
class RoutingTest {

    static final UUID APPROVING_AGENCY = UUID.fromString("0b000000-0000-0000-0000-0000000000a1");

    @Inject
    AgencyPolicyRepository policies;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
        policies.set(APPROVING_AGENCY, true);
    }

    @Test
    void aSixteenYearOldGirlScreenedInCoxsBazarGoesToChildProtectionInCoxsBazarAtOnce() {
        // her agency approves adults' referrals first; a child's cannot wait
        ScreeningCompleted girl = Screenings.completed(APPROVING_AGENCY, Urgency.HIGH, AgeBand.CHILD_12_17, Sex.FEMALE,
                area(CHATTAGRAM, COXS_BAZAR, UKHIYA), null, List.of("bn"),
                List.of(ServiceCategory.CHILD_PROTECTION), List.of(ServiceCategory.CHILD_PROTECTION));

        Referral r = routedOnce(girl);

        assertThat(r.serviceId()).isEqualTo(CP_COX.id());
        assertThat(r.organizationId()).isEqualTo(COX_NGO);
        assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(r.dueAt()).isEqualTo(r.createdAt().plus(Urgency.HIGH.responseTime()));
        assertThat(English.joined(r.explanation())).contains("district 9", "covers the person's district", "a child: sent at once");
    }

    @Test
    void reintegrationFollowsTheHomeDistrictNotThePlaceOfScreening() {
        ScreeningCompleted returnee = Screenings.completed(DHAKA_NGO, Urgency.ROUTINE, AgeBand.ADULT_25_39, Sex.MALE,
                area(DHAKA_DIVISION, DHAKA, null), area(KHULNA, JASHORE, null), List.of("bn"),
                List.of(ServiceCategory.REINTEGRATION), List.of(ServiceCategory.REINTEGRATION));

        Referral r = routedOnce(returnee);

        assertThat(r.serviceId()).isEqualTo(REINTEGRATION_JASHORE.id());
        assertThat(English.joined(r.explanation())).contains("home place");
    }

    @Test
    void aFullShelterFallsThroughToTheNextCandidateAndANationalShelterIsTheFallback() {
        ScreeningCompleted woman = Screenings.completed(DHAKA_NGO, Urgency.IMMEDIATE, AgeBand.ADULT_25_39, Sex.FEMALE,
                area(null, FENI, null), null, List.of("bn"), List.of(ServiceCategory.SHELTER), List.of(ServiceCategory.SHELTER));
        ScreeningCompleted man = Screenings.completed(DHAKA_NGO, Urgency.IMMEDIATE, AgeBand.ADULT_25_39, Sex.MALE,
                area(null, FENI, null), null, List.of("bn"), List.of(ServiceCategory.SHELTER), List.of(ServiceCategory.SHELTER));

        Referral forHer = routedOnce(woman);
        Referral forHim = routedOnce(man);

        // Feni's own shelter has no free bed; the division's shelter takes women only
        assertThat(forHer.serviceId()).isEqualTo(SHELTER_CHATTAGRAM_WOMEN.id());
        assertThat(English.joined(forHer.explanation())).contains("no free beds");
        assertThat(forHim.serviceId()).isEqualTo(SHELTER_NATIONAL.id());
        assertThat(English.joined(forHim.explanation())).contains("covers the whole country");
    }

    @Test
    void aLanguageNeedIsRespectedEvenWhenACloserServiceExists() {
        ScreeningCompleted burmeseSpeaker = Screenings.completed(DHAKA_NGO, Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE,
                area(CHATTAGRAM, COXS_BAZAR, TEKNAF), null, List.of("my"),
                List.of(ServiceCategory.PSYCHOSOCIAL), List.of(ServiceCategory.PSYCHOSOCIAL));
        ScreeningCompleted banglaSpeaker = Screenings.completed(DHAKA_NGO, Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE,
                area(CHATTAGRAM, COXS_BAZAR, TEKNAF), null, List.of("bn"),
                List.of(ServiceCategory.PSYCHOSOCIAL), List.of(ServiceCategory.PSYCHOSOCIAL));

        assertThat(routedOnce(burmeseSpeaker).serviceId()).isEqualTo(PSY_COX_BURMESE.id());
        assertThat(routedOnce(banglaSpeaker).serviceId()).as("the closer upazila service, for her").isEqualTo(PSY_TEKNAF_BANGLA.id());
    }

    @Test
    void aNeedWithoutConsentGetsNoReferral() {
        ScreeningCompleted screening = Screenings.completed(DHAKA_NGO, Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE,
                area(CHATTAGRAM, COXS_BAZAR, null), null, List.of("bn"),
                List.of(ServiceCategory.MEDICAL, ServiceCategory.LEGAL_AID), List.of(ServiceCategory.MEDICAL));

        Referral only = routedOnce(screening);

        assertThat(only.category()).isEqualTo(ServiceCategory.MEDICAL);
        assertThat(only.serviceId()).isEqualTo(MEDICAL_COX.id());
    }

    @Test
    void aNeedNoServiceCanMeetIsEscalatedToTheCoordinatorsAtOnce() {
        ScreeningCompleted screening = Screenings.adultIn(DHAKA_NGO, area(CHATTAGRAM, COXS_BAZAR, null), ServiceCategory.FAMILY_TRACING);

        Referral r = routedOnce(screening);

        assertThat(r.status()).isEqualTo(ReferralStatus.ESCALATED);
        assertThat(r.serviceId()).isNull();
        assertThat(English.joined(r.explanation())).contains("Escalated to the NRM coordinators");
    }

    @Test
    void aNonUrgentAdultOfAnAgencyThatApprovesFirstIsProposedNotSent() {
        ScreeningCompleted screening = Screenings.adultIn(APPROVING_AGENCY, area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.DOCUMENTATION);

        Referral r = routedOnce(screening);

        assertThat(r.status()).isEqualTo(ReferralStatus.PROPOSED);
        assertThat(r.dueAt()).as("the deadline starts when it is sent").isNull();
    }
}
