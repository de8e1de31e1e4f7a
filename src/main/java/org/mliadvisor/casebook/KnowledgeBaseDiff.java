package org.mliadvisor.casebook;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Recommendation;
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

    static List<String> changes(Diagnosis old, Diagnosis now) {
        List<String> changes = new ArrayList<>();
        String was = binding(old.binding());
        String is = binding(now.binding());
        if (!was.equals(is)) {
            changes.add("binding constraint " + was + " → " + is);
        }
        Double oldMli = old.mli().headline();
        Double newMli = now.mli().headline();
        if (!Objects.equals(oldMli == null ? null : Numbers.format(oldMli, 3), newMli == null ? null : Numbers.format(newMli, 3))) {
            changes.add("MLI " + mli(oldMli) + " → " + mli(newMli));
        }
        if (old.confidence().level() != now.confidence().level()) {
            changes.add("confidence " + old.confidence().level().name().toLowerCase(Locale.ROOT) + " → "
                    + now.confidence().level().name().toLowerCase(Locale.ROOT));
        }
        List<String> oldFindings = old.consistency().stream().map(f -> f.id()).distinct().toList();
        List<String> newFindings = now.consistency().stream().map(f -> f.id()).distinct().toList();
        newFindings.stream().filter(f -> !oldFindings.contains(f)).forEach(f -> changes.add("+ finding " + f));
        oldFindings.stream().filter(f -> !newFindings.contains(f)).forEach(f -> changes.add("- finding " + f));
        Map<String, Recommendation> before = byId(old);
        Map<String, Recommendation> after = byId(now);
        for (Recommendation r : now.recommendations()) {
            Recommendation previous = before.get(r.id());
            if (previous == null) {
                changes.add("+ " + r.id() + " recommended (rank " + r.rank() + ")");
            } else {
                if (previous.rank() != r.rank()) {
                    changes.add("~ " + r.id() + " rank " + previous.rank() + " → " + r.rank());
                }
                if (!Objects.equals(previous.variant(), r.variant())) {
                    changes.add("~ " + r.id() + " variant " + variant(previous.variant()) + " → " + variant(r.variant()));
                }
            }
        }
        for (Recommendation r : old.recommendations()) {
            if (!after.containsKey(r.id())) {
                changes.add("- " + r.id() + " no longer recommended (was rank " + r.rank() + ")");
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

    private static Map<String, Recommendation> byId(Diagnosis diagnosis) {
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        diagnosis.recommendations().forEach(r -> byId.put(r.id(), r));
        return byId;
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
