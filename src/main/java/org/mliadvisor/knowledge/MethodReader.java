package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the tuning sections of {@code method.yaml} (scoring, kpi_gaps, binding, ranking, planning)
 * into the method settings.
 */
record MethodReader(Problems problems, Entries entries) {

    /** How many answered indicators score a dimension, and why. */
    private record Evidence(int minAnswered, Text reason) {
    }

    /** The KPI gaps, as shares of the target, from which a gap is moderate and severe. */
    private record Bands(double moderateFrom, double severeFrom) {
    }

    /** The {@code kpi_gaps} section; either part is null when it has problems. */
    private record KpiGaps(Bands bands, MethodSettings.SeverityWeights weights) {
    }

    private record Margins(double nearTie, double kpiEvidence) {
    }

    private record Planning(int firstWaveSize, int highEffortAtOnce) {
    }

    /**
     * The settings, or null when a section has problems (all of which are recorded). It reports the
     * file's unknown keys, so it runs after the other readers of {@code method.yaml} have asked for theirs.
     */
    MethodSettings read(MapReader root) {
        Evidence evidence = section(root, "scoring", m -> {
            Text reason = m.has("min_answered_reason") ? entries.text(m, "min_answered_reason")
                    : MethodSettings.DEFAULT_MIN_ANSWERED_REASON;
            Integer minAnswered = m.requiredWholeNumber("min_answered_per_dimension", 1, 6);
            return minAnswered == null || reason == null ? null : new Evidence(minAnswered, reason);
        });
        KpiGaps gaps = section(root, "kpi_gaps", m -> {
            // weights that are not a mapping are reported by MapReader and leave the default in place
            Optional<MapReader> weights = m.optional("weights").flatMap(n -> MapReader.of(n, m.path("weights"), problems));
            MethodSettings.SeverityWeights severityWeights = weights.isPresent() ? severityWeights(weights.get())
                    : MethodSettings.SeverityWeights.DEFAULT;
            Double moderate = m.requiredNumber("moderate_from", 0.0001, 10);
            Double severe = m.requiredNumber("severe_from", 0.0001, 10);
            return new KpiGaps(moderate == null || severe == null ? null : new Bands(moderate, severe), severityWeights);
        });
        Margins binding = section(root, "binding", m -> {
            Double nearTie = m.requiredNumber("near_tie_margin", 0, 1);
            Double kpiEvidence = m.requiredNumber("kpi_evidence_margin", 0, 10);
            return nearTie == null || kpiEvidence == null ? null : new Margins(nearTie, kpiEvidence);
        });
        MethodSettings.RankingWeights ranking = root.has("ranking") ? section(root, "ranking", this::ranking)
                : MethodSettings.RankingWeights.DEFAULT;
        Planning planning = root.has("planning") ? section(root, "planning", this::planning)
                : new Planning(MethodSettings.DEFAULT_FIRST_WAVE_SIZE, MethodSettings.DEFAULT_HIGH_EFFORT_AT_ONCE);
        if (planning != null && planning.highEffortAtOnce() > planning.firstWaveSize()) {
            problems.error(root.location("planning"), "planning.high_effort_at_once", "must be at most first_wave_size ("
                    + planning.firstWaveSize() + ")");
            planning = null;
        }
        root.rejectUnknown();
        Bands bands = gaps == null ? null : gaps.bands();
        if (bands != null && !(bands.severeFrom() > bands.moderateFrom())) {
            problems.error(root.location("kpi_gaps"), "kpi_gaps.severe_from", "must be greater than moderate_from ("
                    + MapReader.plain(bands.moderateFrom()) + ")");
            return null;
        }
        if (evidence == null || bands == null || gaps.weights() == null || binding == null || ranking == null
                || planning == null) {
            return null;
        }
        return new MethodSettings(evidence.minAnswered(), evidence.reason(), bands.moderateFrom(), bands.severeFrom(),
                gaps.weights(), binding.nearTie(), binding.kpiEvidence(), ranking, planning.firstWaveSize(),
                planning.highEffortAtOnce(), root.location());
    }

    private MethodSettings.SeverityWeights severityWeights(MapReader w) {
        Double minor = w.requiredNumber("minor", 0, 1);
        Double moderate = w.requiredNumber("moderate", 0, 1);
        Double severe = w.requiredNumber("severe", 0, 1);
        w.rejectUnknown();
        if (minor == null || moderate == null || severe == null) {
            return null;
        }
        if (!(minor <= moderate && moderate <= severe)) {
            problems.error(w.location(), w.path("moderate"), "need minor ≤ moderate ≤ severe");
            return null;
        }
        return new MethodSettings.SeverityWeights(minor, moderate, severe);
    }

    private MethodSettings.RankingWeights ranking(MapReader m) {
        Double depth = m.requiredNumber("depth", 0, 10);
        Double relief = m.requiredNumber("kpi_relief", 0, 10);
        Double others = m.requiredNumber("other_kpis_share", 0, 1);
        Double bonus = m.requiredNumber("binding_bonus", 0, 10);
        Double effort = m.requiredNumber("effort", 0, 10);
        Double lateness = m.requiredNumber("lateness", 0, 10);
        return depth == null || relief == null || others == null || bonus == null || effort == null || lateness == null
                ? null : new MethodSettings.RankingWeights(depth, relief, others, bonus, effort, lateness);
    }

    private Planning planning(MapReader m) {
        Integer firstWave = m.requiredWholeNumber("first_wave_size", 1, 50);
        Integer highEffort = m.has("high_effort_at_once") ? m.requiredWholeNumber("high_effort_at_once", 0, 50)
                : Integer.valueOf(MethodSettings.DEFAULT_HIGH_EFFORT_AT_ONCE);
        return firstWave == null || highEffort == null ? null : new Planning(firstWave, highEffort);
    }

    /** A required section's value, read by {@code read}; the section's unknown keys are reported after it. */
    private <T> T section(MapReader root, String key, Function<MapReader, T> read) {
        Node node = root.required(key);
        if (node == null) {
            return null;
        }
        return MapReader.of(node, key, problems).map(m -> {
            T value = read.apply(m);
            m.rejectUnknown();
            return value;
        }).orElse(null);
    }
}
