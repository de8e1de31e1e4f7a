package org.mliadvisor.casebook;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.DiagnosisComparison;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The impact of a knowledge-base edit: diagnoses the same inputs with the old and the new version
 * and lists what changed — binding constraints that flipped, recommendations added, removed or
 * reranked, variants and the MLI.
 */
public final class KnowledgeBaseDiff {

    /** One input (a golden case or an assessment) and the changes the edit makes to its diagnosis. */
    public record InputDiff(String name, List<String> changes, String skipped) {
        public InputDiff {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    private KnowledgeBaseDiff() {
    }

    /** Diagnoses every input with both versions; inputs are by name, in the order given. */
    public static List<InputDiff> compare(KnowledgeBase older, KnowledgeBase newer, Map<String, Assessment> inputs) {
        List<InputDiff> diffs = new ArrayList<>();
        try (Diagnostician before = new Diagnostician(older); Diagnostician after = new Diagnostician(newer)) {
            for (Map.Entry<String, Assessment> input : inputs.entrySet()) {
                String unknownToOld = unknownIds(older, input.getValue());
                if (!unknownToOld.isEmpty()) {
                    diffs.add(new InputDiff(input.getKey(), List.of(), "the old knowledge base does not define " + unknownToOld));
                    continue;
                }
                diffs.add(new InputDiff(input.getKey(), changes(before.diagnose(input.getValue()),
                        after.diagnose(input.getValue())), null));
            }
        }
        return diffs;
    }

    /** The golden cases as named inputs, in order. */
    public static Map<String, Assessment> inputsOf(List<GoldenCase> cases) {
        Map<String, Assessment> inputs = new LinkedHashMap<>();
        cases.forEach(c -> inputs.put("case " + c.name(), c.assessment()));
        return inputs;
    }

    /** The changes as the diff lists them, one line each, from the comparison of the two diagnoses. */
    static List<String> changes(Diagnosis old, Diagnosis now) {
        DiagnosisComparison comparison = DiagnosisComparison.of(old, now);
        List<String> changes = new ArrayList<>();
        if (comparison.binding().changed()) {
            changes.add("binding constraint " + binding(comparison.binding().before()) + " → " + binding(comparison.binding().after()));
        }
        if (comparison.mli().changed()) {
            changes.add("MLI " + mli(comparison.mli().before()) + " → " + mli(comparison.mli().after()));
        }
        if (comparison.confidenceBefore() != comparison.confidenceAfter()) {
            changes.add("confidence " + comparison.confidenceBefore().name().toLowerCase(Locale.ROOT) + " → "
                    + comparison.confidenceAfter().name().toLowerCase(Locale.ROOT));
        }
        comparison.findingsAdded().forEach(f -> changes.add("+ finding " + f));
        comparison.findingsRemoved().forEach(f -> changes.add("- finding " + f));
        for (DiagnosisComparison.RecommendationChange r : comparison.recommendationChanges()) {
            switch (r.kind()) {
                case ADDED -> changes.add("+ " + r.id() + " recommended (rank " + r.rankAfter() + ")");
                case REMOVED -> changes.add("- " + r.id() + " no longer recommended (was rank " + r.rankBefore() + ")");
                case MOVED -> changes.add("~ " + r.id() + " rank " + r.rankBefore() + " → " + r.rankAfter());
                case SAME -> { }
            }
            if (r.variantChanged()) {
                changes.add("~ " + r.id() + " variant " + variant(r.before().variant()) + " → " + variant(r.after().variant()));
            }
        }
        return changes;
    }

    private static String binding(BindingOutcome binding) {
        return binding.determined()
                ? ExpectedBinding.spelling(binding) + " (" + binding.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"
                : "none";
    }

    private static String mli(Double value) {
        return value == null ? "none" : Numbers.format(value, 3);
    }

    private static String variant(String id) {
        return id == null ? "none" : id;
    }

    /** Ids the assessment uses that {@code kb} does not define, comma-separated, or empty. */
    private static String unknownIds(KnowledgeBase kb, Assessment assessment) {
        List<String> unknown = new ArrayList<>();
        assessment.indicators().keySet().stream().filter(id -> !kb.indicators().containsKey(id)).forEach(unknown::add);
        assessment.kpis().keySet().stream().filter(id -> !kb.kpis().containsKey(id)).forEach(unknown::add);
        assessment.context().forEach((factor, value) -> {
            if (!kb.context().containsKey(factor) || !kb.context().get(factor).values().contains(value)) {
                unknown.add(factor + "=" + value);
            }
        });
        return String.join(", ", unknown);
    }
}
