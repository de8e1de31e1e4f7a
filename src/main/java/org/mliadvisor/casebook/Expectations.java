package org.mliadvisor.casebook;

import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.BindingConfidence;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.source.MapReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a golden case expects of its diagnosis; every part is optional (a case sets at least one).
 *
 * @param binding          the binding dimension, or none
 * @param basis            on what evidence it binds
 * @param mli              the range the MLI lies in, or that it cannot be computed
 * @param recommends       interventions that must be recommended
 * @param doesNotRecommend interventions that must not be recommended
 * @param needsData        interventions that must be listed as needing data
 * @param variants         intervention id to the variant it must take ({@link #NO_VARIANT} for none)
 * @param ranksBefore      pairs of recommended interventions, the first ranked ahead of the second
 * @param first            the intervention ranked first
 * @param firstThree       the interventions ranked first to third, in any order (empty: not expected)
 * @param nothingRecommended whether the case expects no programme at all ({@code recommendations: none})
 * @param findings         consistency findings that must be present, or that there must be none
 * @param confidence       the confidence in the binding constraint
 */
public record Expectations(ExpectedBinding binding, BindingBasis basis, MliRange mli, List<String> recommends,
                           List<String> doesNotRecommend, List<String> needsData, Map<String, String> variants,
                           List<Order> ranksBefore, String first, List<String> firstThree, boolean nothingRecommended,
                           Findings findings, BindingConfidence.Level confidence) {

    /** The keys of {@code expect}, in the order they are checked. */
    public static final List<String> KEYS = List.of("binding", "basis", "mli", "recommends", "does_not_recommend",
            "needs_data", "variant", "ranks_before", "first", "first_three", "recommendations", "findings", "confidence");

    /** The {@code findings} value meaning "no consistency finding at all". */
    public static final String NO_FINDINGS = "none";

    /** The variant value meaning "the intervention's own title and action, no variant". */
    public static final String NO_VARIANT = "none";

    public Expectations {
        recommends = List.copyOf(recommends);
        doesNotRecommend = List.copyOf(doesNotRecommend);
        needsData = List.copyOf(needsData);
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        ranksBefore = List.copyOf(ranksBefore);
        firstThree = List.copyOf(firstThree);
        if (nothingRecommended && (!recommends.isEmpty() || first != null || !firstThree.isEmpty() || !variants.isEmpty()
                || !ranksBefore.isEmpty())) {
            throw new IllegalArgumentException("a case that expects no programme cannot expect a recommendation");
        }
    }

    /** An MLI range (bounds inclusive, either may be open), or {@code none}: the MLI cannot be computed. */
    public record MliRange(Double atLeast, Double atMost, boolean none) {
        public MliRange {
            boolean bounded = atLeast != null || atMost != null;
            if (none == bounded) {
                throw new IllegalArgumentException("an MLI expectation is `none` or has at least one bound");
            }
        }

        boolean holds(Double mli) {
            if (none) {
                return mli == null;
            }
            return mli != null && (atLeast == null || mli >= atLeast) && (atMost == null || mli <= atMost);
        }

        String describe() {
            if (none) {
                return "none (the MLI cannot be computed)";
            }
            if (atLeast != null && atMost != null) {
                return "between " + MapReader.plain(atLeast) + " and " + MapReader.plain(atMost);
            }
            return atLeast != null ? "at least " + MapReader.plain(atLeast) : "at most " + MapReader.plain(atMost);
        }
    }

    /** Two interventions, {@code ahead} ranked before {@code behind}. */
    public record Order(String ahead, String behind) {
    }

    /** Consistency checks and survey findings that must each be found (ids of the knowledge base or built in), or {@code none}. */
    public record Findings(List<String> present, boolean none) {
        public Findings {
            present = List.copyOf(present);
            if (none != present.isEmpty()) {
                throw new IllegalArgumentException("a findings expectation is `none` or names at least one check");
            }
        }
    }

    /** Every expectation the diagnosis does not meet, in the order of {@link #KEYS}; empty when the case passes. */
    public List<Mismatch> check(Diagnosis diagnosis) {
        List<Mismatch> mismatches = new ArrayList<>();
        BindingOutcome outcome = diagnosis.binding();
        if (binding != null && !binding.matches(outcome)) {
            mismatches.add(new Mismatch("binding", spelling(binding), describeBinding(outcome)));
        }
        if (basis != null && basis != outcome.basis()) {
            mismatches.add(new Mismatch("basis", spelling(basis),
                    outcome.basis() == null ? "none (no binding constraint)" : spelling(outcome.basis())));
        }
        if (mli != null && !mli.holds(diagnosis.mli().headline())) {
            mismatches.add(new Mismatch("mli", mli.describe(), describeMli(diagnosis.mli().headline())));
        }
        for (String id : recommends) {
            if (rank(diagnosis, id).isEmpty()) {
                mismatches.add(new Mismatch("recommends[" + id + "]", "recommended", status(diagnosis, id)));
            }
        }
        for (String id : doesNotRecommend) {
            if (rank(diagnosis, id).isPresent()) {
                mismatches.add(new Mismatch("does_not_recommend[" + id + "]", "not recommended", status(diagnosis, id)));
            }
        }
        for (String id : needsData) {
            if (!needsData(diagnosis, id)) {
                mismatches.add(new Mismatch("needs_data[" + id + "]", "listed as needing data", status(diagnosis, id)));
            }
        }
        variants.forEach((id, variant) -> {
            Optional<Recommendation> recommendation = recommendation(diagnosis, id);
            String actual = recommendation.map(r -> r.variant() == null ? NO_VARIANT : r.variant())
                    .orElse(status(diagnosis, id));
            if (recommendation.isEmpty() || !actual.equals(variant)) {
                mismatches.add(new Mismatch("variant[" + id + "]", variant, actual));
            }
        });
        for (Order order : ranksBefore) {
            Optional<Integer> ahead = rank(diagnosis, order.ahead());
            Optional<Integer> behind = rank(diagnosis, order.behind());
            if (ahead.isEmpty() || behind.isEmpty() || ahead.get() >= behind.get()) {
                mismatches.add(new Mismatch("ranks_before[" + order.ahead() + ", " + order.behind() + "]",
                        order.ahead() + " ranked ahead of " + order.behind(),
                        order.ahead() + " " + status(diagnosis, order.ahead()) + ", "
                                + order.behind() + " " + status(diagnosis, order.behind())));
            }
        }
        if (first != null) {
            List<Recommendation> ranked = diagnosis.recommendations();
            if (ranked.isEmpty() || !ranked.get(0).id().equals(first)) {
                mismatches.add(new Mismatch("first", first, ranked.isEmpty() ? "nothing recommended"
                        : ranked.get(0).id() + " (" + first + " " + status(diagnosis, first) + ")"));
            }
        }
        if (!firstThree.isEmpty()) {
            List<String> top = diagnosis.recommendations().stream().limit(firstThree.size()).map(Recommendation::id).toList();
            if (!new java.util.HashSet<>(top).equals(new java.util.HashSet<>(firstThree))) {
                mismatches.add(new Mismatch("first_three", String.join(", ", firstThree) + " (in any order)",
                        top.isEmpty() ? "nothing recommended" : String.join(", ", top)));
            }
        }
        if (nothingRecommended && !diagnosis.recommendations().isEmpty()) {
            mismatches.add(new Mismatch("recommendations", "none (no programme)", diagnosis.recommendations().size()
                    + " recommended, first " + diagnosis.recommendations().get(0).id()));
        }
        List<String> found = java.util.stream.Stream.concat(diagnosis.consistency().stream().map(ConsistencyFinding::id),
                diagnosis.surveyFindings().stream().map(SurveyFinding::id)).distinct().toList();
        if (findings != null && findings.none() && !found.isEmpty()) {
            mismatches.add(new Mismatch("findings", "none", describeFindings(found)));
        }
        if (findings != null) {
            for (String id : findings.present()) {
                if (!found.contains(id)) {
                    mismatches.add(new Mismatch("findings[" + id + "]", "found", "not found; " + describeFindings(found)));
                }
            }
        }
        if (confidence != null && confidence != diagnosis.confidence().level()) {
            mismatches.add(new Mismatch("confidence", spelling(confidence), spelling(diagnosis.confidence().level())
                    + (diagnosis.confidence().loweredBy().isEmpty() ? "" : " (lowered by " + String.join(", ",
                    diagnosis.confidence().loweredBy().stream().map(ConsistencyFinding::id).toList()) + ")")));
        }
        return mismatches;
    }

    static String describeFindings(List<String> found) {
        return found.isEmpty() ? "no finding" : "found " + String.join(", ", found);
    }

    /** What became of an intervention: its rank, needing data, or its condition not holding. */
    static String status(Diagnosis diagnosis, String id) {
        Optional<Integer> rank = rank(diagnosis, id);
        if (rank.isPresent()) {
            return "recommended at rank " + rank.get();
        }
        if (needsData(diagnosis, id)) {
            return "listed as needing data";
        }
        return diagnosis.binding().atTarget() ? "not recommended: every dimension is at its target, so there is no programme"
                : "not recommended: its condition does not hold";
    }

    static String describeBinding(BindingOutcome outcome) {
        return outcome.determined() ? ExpectedBinding.spelling(outcome) + " (" + spelling(outcome.basis()) + ")" : "none";
    }

    static String describeMli(Double value) {
        if (value == null) {
            return "none (the MLI cannot be computed)";
        }
        return Numbers.format(value, 4);
    }

    private static Optional<Recommendation> recommendation(Diagnosis diagnosis, String id) {
        return diagnosis.recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static Optional<Integer> rank(Diagnosis diagnosis, String id) {
        return recommendation(diagnosis, id).map(Recommendation::rank);
    }

    private static boolean needsData(Diagnosis diagnosis, String id) {
        return diagnosis.needsData().stream().map(NeedsData::interventionId).anyMatch(id::equals);
    }

    private static String spelling(Enum<?> value) {
        return MapReader.spelling(value);
    }
}
