package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an intervention is expected to achieve once it is in place, as its source supports it: the indicator values it
 * reaches, the KPIs it improves by a stated range, and those it improves by an amount the source does not give.
 *
 * @param reaches      indicator id to the answer it is expected to reach; empty when the source states none
 * @param kpis         KPI id to its expected improvement, in the KPI's unit, toward its better direction
 * @param alsoImproves KPIs the source says improve without saying by how much; none of them in {@code kpis}
 * @param basis        how the figures were derived from the source, for the reader who asks
 */
public record ExpectedEffect(Map<String, Answer> reaches, Map<String, Improvement> kpis, List<String> alsoImproves,
                             Text basis, Citation source, SourceLocation origin) {
    public ExpectedEffect {
        reaches = Collections.unmodifiableMap(new LinkedHashMap<>(reaches));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        alsoImproves = List.copyOf(alsoImproves);
        if (reaches.isEmpty() && kpis.isEmpty() && alsoImproves.isEmpty()) {
            throw new IllegalArgumentException("an expected effect states at least one indicator or KPI");
        }
        if (alsoImproves.stream().anyMatch(kpis::containsKey)) {
            throw new IllegalArgumentException("a KPI has a range or is named without one, not both");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * An expected KPI improvement from {@code low} to {@code high}, in the KPI's unit (percentage points for a
     * percentage), measured toward its better direction; a negative {@code low} says it may also worsen.
     */
    public record Improvement(double low, double high) {
        public Improvement {
            if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
                throw new IllegalArgumentException("an improvement range runs from a finite low to a high at least as large");
            }
            if (high <= 0) {
                throw new IllegalArgumentException("an improvement range reaches above 0");
            }
        }

        /** The range added to another, for interventions that move the same KPI. */
        public Improvement plus(Improvement other) {
            return new Improvement(low + other.low, high + other.high);
        }
    }
}
