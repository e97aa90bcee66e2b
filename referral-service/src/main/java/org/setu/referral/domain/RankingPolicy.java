package org.setu.referral.domain;

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
    public record Candidate(ServiceOffer service, AreaLevel closeness, ProviderRecord record, List<String> reasons) {
    }

    /** A service that failed a rule, with the first reason. */
    public record Rejection(UUID serviceId, String name, String reason) {
    }

    public record MatchResult(ServiceCategory category, PlacePolicy.PlaceChoice place, List<Candidate> ranked,
                              List<Rejection> rejected) {

        public Optional<Candidate> best() {
            return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
        }

        /** Why the chosen candidate was chosen, for the referral to keep. */
        public List<String> explain(Candidate chosen, int attempt) {
            List<String> lines = new ArrayList<>();
            lines.add("Needs " + category + ": " + place.reason() + ".");
            lines.add((attempt > 1 ? "Re-routed (attempt " + attempt + ") to " : "Chose ") + chosen.service().name()
                    + ": " + String.join("; ", chosen.reasons()) + ".");
            lines.add("Ranked 1 of " + ranked.size() + " eligible services by coverage closeness ("
                    + chosen.closeness().label() + "), then free capacity, then the provider's record ("
                    + chosen.record().describe() + ").");
            if (!rejected.isEmpty()) {
                lines.add(rejected.size() + " other services in the area did not qualify, e.g. "
                        + rejected.get(0).name() + ": " + rejected.get(0).reason() + ".");
            }
            return lines;
        }

        public List<String> explainNoCandidate() {
            List<String> lines = new ArrayList<>();
            lines.add("Needs " + category + ": " + place.reason() + ".");
            lines.add(rejected.isEmpty() ? "No service of this category covers the place."
                    : "None of the " + rejected.size() + " services in the area qualified, e.g. "
                    + rejected.get(0).name() + ": " + rejected.get(0).reason() + ".");
            lines.add("Escalated to the NRM coordinators.");
            return lines;
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
            List<String> reasons = decisions.stream().skip(1).filter(d -> !d.reason().equals("not asked before"))
                    .map(MatchDecision::reason).toList();
            AreaLevel closeness = MatchRules.coverageOf(s, place.place()).orElseThrow();
            candidates.add(new Candidate(s, closeness, records.getOrDefault(s.organizationId(), ProviderRecord.NONE), reasons));
        }
        candidates.sort(RANKING);
        return new MatchResult(category, place, List.copyOf(candidates), List.copyOf(rejected));
    }
}
