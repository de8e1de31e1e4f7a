package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.NotRecommended;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.source.Visible;

import java.util.List;
import java.util.Optional;

/** Answers "why is this intervention (not) recommended for this firm?" in plain text. */
public final class WhyNotAnswer {

    private WhyNotAnswer() {
    }

    /**
     * The answer in {@code language} for an intervention id the knowledge base defines; it is printed
     * on a terminal, so control characters from the firm's name or the KB's texts show as escapes.
     */
    public static String explain(Diagnosis diagnosis, String interventionId, Language language) {
        return Visible.controlsExceptLayout(answer(diagnosis, interventionId, language));
    }

    private static String answer(Diagnosis diagnosis, String interventionId, Language language) {
        Wording words = Wording.in(language);
        StringBuilder text = new StringBuilder();
        Optional<Recommendation> recommended = diagnosis.recommendations().stream()
                .filter(r -> r.id().equals(interventionId)).findFirst();
        if (recommended.isPresent()) {
            Recommendation r = recommended.get();
            text.append(words.text("whyNot.recommended", interventionId, r.rank(), diagnosis.recommendations().size(),
                    r.source().fileAndLine())).append('\n');
            for (Reason reason : r.because()) {
                text.append("- ").append(words.statement(reason)).append(" [").append(reason.rule()).append("]\n");
            }
            return text.toString();
        }
        Optional<NeedsData> undecided = diagnosis.needsData().stream()
                .filter(n -> n.interventionId().equals(interventionId)).findFirst();
        if (undecided.isPresent()) {
            Reason reason = undecided.get().reason();
            return text.append(words.text("whyNot.undecided", interventionId,
                            undecided.get().intervention().intervention().origin().fileAndLine())).append("\n- ")
                    .append(words.statement(reason)).append(" [").append(reason.rule()).append("]\n").toString();
        }
        Optional<NotRecommended> failed = diagnosis.notRecommended().stream().filter(n -> n.id().equals(interventionId)).findFirst();
        if (failed.isEmpty() && diagnosis.binding().atTarget()) {
            // its condition held, but a firm at its target everywhere gets no programme
            return text.append(words.text("whyNot.atTarget", interventionId, diagnosis.organization())).append("\n- ")
                    .append(words.statement(diagnosis.binding().reasons().get(0))).append(" [")
                    .append(diagnosis.binding().reasons().get(0).rule()).append("]\n").toString();
        }
        NotRecommended not = failed.orElseThrow(() -> new IllegalArgumentException("unknown intervention " + interventionId));
        text.append(words.text("whyNot.notHolding", interventionId, diagnosis.organization(),
                not.intervention().origin().fileAndLine())).append('\n');
        List<String> changes = not.wouldHoldIf(language);
        if (changes.size() == 1) {
            return text.append(words.text("whyNot.wouldHold", changes.get(0))).append('\n').toString();
        }
        text.append(words.text(not.anyOneWouldDo() ? "whyNot.anyOne" : "whyNot.allOf")).append('\n');
        for (String change : changes) {
            text.append("- ").append(change).append('\n');
        }
        return text.toString();
    }
}
