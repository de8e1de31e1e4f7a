package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

/** Reads the {@code survey} section of {@code method.yaml}; without one, the paper's five-point scale and the usual thresholds apply. */
record SurveySettingsReader(Problems problems, Entries entries) {

    /** The settings, or null when the section has problems (all of them recorded). */
    SurveySettings read(MapReader root) {
        if (!root.has("survey")) {
            return SurveySettings.defaults(root.location());
        }
        return root.optional("survey").flatMap(n -> MapReader.of(n, "survey", problems)).map(m -> {
            SurveySettings d = SurveySettings.defaults(m.location());
            Integer points = m.has("scale_points") ? m.requiredWholeNumber("scale_points", 3, 11) : Integer.valueOf(d.scalePoints());
            Double alpha = m.has("reliable_alpha") ? m.requiredNumber("reliable_alpha", 0.01, 0.99) : Double.valueOf(d.reliableAlpha());
            Text reason = m.has("reliable_alpha_reason") ? entries.text(m, "reliable_alpha_reason") : d.reliableAlphaReason();
            Double rwg = m.has("agreement_rwg") ? m.requiredNumber("agreement_rwg", 0.01, 0.99) : Double.valueOf(d.agreementRwg());
            Double gap = m.has("perception_gap_points") ? m.requiredNumber("perception_gap_points", 0.01, 10)
                    : Double.valueOf(d.perceptionGapPoints());
            Double share = m.has("perceived_share") ? m.requiredNumber("perceived_share", 0.01, 1) : Double.valueOf(d.perceivedShare());
            Double unreliable = m.has("unreliable_share") ? m.requiredNumber("unreliable_share", 0, 1)
                    : Double.valueOf(d.unreliableShare());
            m.rejectUnknown();
            if (points == null || alpha == null || reason == null || rwg == null || gap == null || share == null
                    || unreliable == null) {
                return null;
            }
            boolean valid = true;
            if (gap >= points - 1) {
                problems.error(m.location("perception_gap_points"), m.path("perception_gap_points"), "must be less than the "
                        + "scale's range (" + (points - 1) + " points on a 1–" + points + " scale)");
                valid = false;
            }
            if (unreliable > share) {
                problems.error(m.location("unreliable_share"), m.path("unreliable_share"), "must not exceed perceived_share ("
                        + MapReader.plain(share) + "): an unreliable survey never counts more than a reliable one");
                valid = false;
            }
            return valid ? new SurveySettings(points, alpha, reason, rwg, gap, share, unreliable, m.location()) : null;
        }).orElse(null);
    }
}
