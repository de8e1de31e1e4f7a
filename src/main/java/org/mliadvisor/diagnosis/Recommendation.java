package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Effort;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.RoadmapStep;
import org.mliadvisor.knowledge.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ranked intervention for this firm, placed on its roadmap step, with the conclusions that chose
 * it: the comparisons that made its condition hold, how it was weighed, its variant and prerequisites.
 */
public record Recommendation(int rank, Intervention intervention, RoadmapStep step, RecommendationCandidate candidate,
                             List<ConditionEvidence> conditionsHeld, ChosenVariant chosenVariant,
                             List<Precedence> prerequisites, List<UndecidedPrerequisite> undecidedPrerequisites,
                             Schedule schedule) {
    public Recommendation {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1");
        }
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(step, "step");
        if (step.step() != intervention.roadmapStep()) {
            throw new IllegalArgumentException(intervention.id() + " belongs on step " + intervention.roadmapStep());
        }
        Objects.requireNonNull(candidate, "candidate");
        conditionsHeld = List.copyOf(conditionsHeld);
        prerequisites = List.copyOf(prerequisites);
        undecidedPrerequisites = List.copyOf(undecidedPrerequisites);
        Objects.requireNonNull(schedule, "schedule");
    }

    public String id() {
        return intervention.id();
    }

    public Dimension dimension() {
        return intervention.dimension();
    }

    /** The variant's title when a variant fits, else the intervention's. */
    public Text title() {
        return chosenVariant == null ? intervention.title() : chosenVariant.variant().variant().title();
    }

    public Text action() {
        if (chosenVariant != null && chosenVariant.variant().variant().action() != null) {
            return chosenVariant.variant().variant().action();
        }
        return intervention.action();
    }

    /** The id of the variant that fits, or {@code null}. */
    public String variant() {
        return chosenVariant == null ? null : chosenVariant.variant().variant().id();
    }

    public int roadmapStep() {
        return step.step();
    }

    /** Whether it runs in the first wave (else in the next, after the re-assessment). */
    public boolean firstWave() {
        return schedule.firstWave();
    }

    /** The week it starts in the first wave; for the next wave, its step's first week. */
    public int fromWeek() {
        return schedule.firstWave() ? schedule.startWeek() : step.fromWeek();
    }

    /** The week its impact is expected by in the first wave; for the next wave, its step's last week. */
    public int toWeek() {
        return schedule.firstWave() ? schedule.impactWeek() : step.toWeek();
    }

    public int weeksToImpact() {
        return intervention.weeksToImpact();
    }

    public Effort effort() {
        return intervention.effort();
    }

    public List<String> kpisMoved() {
        return intervention.moves().stream().sorted().toList();
    }

    public List<String> kpisAddressed() {
        return candidate.kpisAddressed();
    }

    public boolean onBindingConstraint() {
        return candidate.onBindingConstraint();
    }

    public double priority() {
        return candidate.priority();
    }

    /** The recommended prerequisites that rank ahead of it. */
    public List<String> after() {
        return prerequisites.stream().map(Precedence::before).sorted().toList();
    }

    public Text rationale() {
        return intervention.rationale();
    }

    public Citation citation() {
        return intervention.source();
    }

    public org.mliadvisor.source.SourceLocation source() {
        return intervention.origin();
    }

    /** Why it is recommended and ranked here: the condition, the weighing, the variant, the prerequisites. */
    public List<Reason> because() {
        List<Reason> because = new ArrayList<>();
        Reason applicable = candidate.applicable().reason();
        if (conditionsHeld.isEmpty()) {
            because.add(applicable);
        } else {
            because.add(new Reason(applicable.rule(), Message.of("recommendation.condition_holds",
                    ConditionEvidence.sentence(conditionsHeld)),
                    ConditionEvidence.facts(conditionsHeld),
                    conditionsHeld.stream().map(e -> e.comparison().origin()).distinct().toList()));
        }
        because.add(candidate.reason());
        if (chosenVariant != null) {
            because.add(chosenVariant.reason());
        }
        prerequisites.forEach(p -> because.add(p.reason()));
        undecidedPrerequisites.forEach(u -> because.add(u.reason()));
        return because;
    }
}
