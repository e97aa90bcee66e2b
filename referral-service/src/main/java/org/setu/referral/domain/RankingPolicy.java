package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds and ranks the services that can take a person for one category. Candidates pass every rule of
 * {@link MatchRules}; they are ranked by how closely their coverage fits (upazila, district, division,
 * national), then by free capacity, then by the provider's record (acceptance rate, then median time to answer).
 */
public final class RankingPolicy {

    /** A service that passed every rule, with the reasons and what it was ranked on. */
    public record Candidate(ServiceOffer service, AreaLevel closeness, ProviderRecord record, List<Reason> reasons) {
    }

    /** A service that failed a rule, with the first reason. */
    public record Rejection(UUID serviceId, String name, Reason reason) {
    }

    public record MatchResult(ServiceCategory category, PlacePolicy.PlaceChoice place, List<Candidate> ranked,
                              List<Rejection> rejected) {

        public Optional<Candidate> best() {
            return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
        }

        /** Why the chosen candidate was chosen, for the referral to keep. */
        public List<Reason> explain(Candidate chosen, int attempt) {
            List<Reason> lines = new ArrayList<>();
            lines.add(needs());
            Reason.Joined why = Reason.joined("join.semicolon", chosen.reasons().stream().map(Reason::nested).toList());
            Reason.Value name = Reason.value(chosen.service().name());
            lines.add(attempt > 1 ? Reason.of("explain.reRouted", Reason.value(attempt), name, why)
                    : Reason.of("explain.chose", name, why));
            lines.add(Reason.of("explain.ranked", Reason.value(ranked.size()), chosen.closeness().term(),
                    Reason.nested(chosen.record().describe())));
            if (!rejected.isEmpty()) {
                lines.add(Reason.of("explain.othersFailed", Reason.value(rejected.size()), Reason.value(rejected.get(0).name()),
                        Reason.nested(rejected.get(0).reason())));
            }
            return lines;
        }

        public List<Reason> explainNoCandidate() {
            List<Reason> lines = new ArrayList<>();
            lines.add(needs());
            lines.add(rejected.isEmpty() ? Reason.of("explain.noneCovers")
                    : Reason.of("explain.noneQualified", Reason.value(rejected.size()), Reason.value(rejected.get(0).name()),
                    Reason.nested(rejected.get(0).reason())));
            lines.add(Reason.of("explain.escalated"));
            return lines;
        }

        private Reason needs() {
            return Reason.of("explain.needs", MatchRules.category(category), Reason.nested(place.reason()));
        }
    }

    static final Comparator<Candidate> RANKING = Comparator
            .comparingInt((Candidate c) -> c.closeness().closeness()).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) ->
                    c.service().freeCapacity() == null ? 0 : c.service().freeCapacity()).reversed())
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.record().acceptanceRate()).reversed())
            .thenComparing(c -> c.record().medianResponse(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.service().id());

    private RankingPolicy() {
    }

    public static MatchResult rank(CaseFacts facts, ServiceCategory category, Collection<ServiceOffer> offers,
                                    Map<UUID, ProviderRecord> records, Set<UUID> organizationsThatSaidNo) {
        PlacePolicy.PlaceChoice place = PlacePolicy.placeFor(category, facts);
        List<Candidate> candidates = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (ServiceOffer s : offers) {
            List<MatchDecision> decisions = List.of(
                    MatchRules.offersCategory(s, category),
                    MatchRules.covers(s, place.place()),
                    MatchRules.acceptsReferrals(s),
                    MatchRules.ageFits(s, facts.ageBand()),
                    MatchRules.sexFits(s, facts.sex()),
                    MatchRules.victimCategoryFits(s, facts.victimCategory()),
                    MatchRules.nationalityFits(s, facts.nationality()),
                    MatchRules.speaksALanguageOf(s, facts.languages()),
                    MatchRules.hasFreeCapacity(s),
                    MatchRules.notAskedBefore(s, organizationsThatSaidNo));
            Optional<MatchDecision> failed = decisions.stream().filter(d -> !d.passed()).findFirst();
            if (failed.isPresent()) {
                rejected.add(new Rejection(s.id(), s.name(), failed.get().reason()));
                continue;
            }
            List<Reason> reasons = decisions.stream().skip(1).map(MatchDecision::reason)
                    .filter(r -> !r.is(MatchRules.NOT_ASKED_BEFORE)).toList();
            AreaLevel closeness = MatchRules.coverageOf(s, place.place()).orElseThrow();
            candidates.add(new Candidate(s, closeness, records.getOrDefault(s.organizationId(), ProviderRecord.NONE), reasons));
        }
        candidates.sort(RANKING);
        return new MatchResult(category, place, List.copyOf(candidates), List.copyOf(rejected));
    }
}
