package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.NotRecommended;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;

import java.util.Optional;

/** Answers "why is this intervention (not) recommended for this firm?" in plain text. */
public final class WhyNotAnswer {

    private WhyNotAnswer() {
    }

    /** The answer for an intervention id the knowledge base defines. */
    public static String explain(Diagnosis diagnosis, String interventionId) {
        StringBuilder text = new StringBuilder();
        Optional<Recommendation> recommended = diagnosis.recommendations().stream()
                .filter(r -> r.id().equals(interventionId)).findFirst();
        if (recommended.isPresent()) {
            Recommendation r = recommended.get();
            text.append('`').append(interventionId).append("` is recommended, rank ").append(r.rank()).append(" of ")
                    .append(diagnosis.recommendations().size()).append(" (").append(r.source().fileAndLine()).append(").\n");
            for (Reason reason : r.because()) {
                text.append("- ").append(reason.statement()).append(" [").append(reason.rule()).append("]\n");
            }
            return text.toString();
        }
        Optional<NeedsData> undecided = diagnosis.needsData().stream()
                .filter(n -> n.interventionId().equals(interventionId)).findFirst();
        if (undecided.isPresent()) {
            Reason reason = undecided.get().reason();
            return text.append('`').append(interventionId).append("` is not recommended because it cannot be decided on the data given (")
                    .append(undecided.get().intervention().intervention().origin().fileAndLine()).append(").\n- ")
                    .append(reason.statement()).append(" [").append(reason.rule()).append("]\n").toString();
        }
        NotRecommended not = diagnosis.notRecommended().stream().filter(n -> n.id().equals(interventionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown intervention " + interventionId));
        text.append('`').append(interventionId).append("` is not recommended: its condition does not hold for ")
                .append(diagnosis.organization()).append(" (").append(not.intervention().origin().fileAndLine()).append(").\n");
        if (not.failed().size() == 1) {
            return text.append("It would hold if ").append(not.wouldHoldIf().get(0)).append(".\n").toString();
        }
        text.append("It would hold if ").append(not.anyOneWouldDo() ? "any one of these were so:" : "all of these were so:")
                .append('\n');
        for (String change : not.wouldHoldIf()) {
            text.append("- ").append(change).append('\n');
        }
        return text.toString();
    }
}
