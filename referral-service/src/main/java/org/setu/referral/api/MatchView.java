package org.setu.referral.api;

import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.RankingPolicy;

import java.util.List;
import java.util.UUID;

/** The preview of ranked candidates for a case and a category, so a case worker can choose by hand. */
public record MatchView(UUID caseId, ServiceCategory category, String place, List<CandidateView> items,
                        List<RejectionView> excluded) {

    public record CandidateView(int rank, UUID serviceId, UUID organizationId, String name, String closeness,
                                Integer freeCapacity, double acceptanceRate, Long medianResponseMinutes,
                                List<String> reasons) {
    }

    public record RejectionView(UUID serviceId, String name, String reason) {
    }

    public static MatchView of(UUID caseId, RankingPolicy.MatchResult m, ReaderLanguage words) {
        List<CandidateView> items = new java.util.ArrayList<>();
        for (int i = 0; i < m.ranked().size(); i++) {
            RankingPolicy.Candidate c = m.ranked().get(i);
            items.add(new CandidateView(i + 1, c.service().id(), c.service().organizationId(), c.service().name(),
                    c.closeness().name(), c.service().freeCapacity(), Math.round(c.record().acceptanceRate() * 100) / 100.0,
                    c.record().medianResponse() == null ? null : c.record().medianResponse().toMinutes(), words.lines(c.reasons())));
        }
        return new MatchView(caseId, m.category(), words.line(m.place().reason()), items,
                m.rejected().stream().map(r -> new RejectionView(r.serviceId(), r.name(), words.line(r.reason()))).toList());
    }
}
