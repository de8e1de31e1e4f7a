package org.mliadvisor.diagnosis;

/** How far a KPI is from its target, by the knowledge base's thresholds. */
public enum GapSeverity {
    ON_TARGET(0), MINOR(1), MODERATE(2), SEVERE(3);

    private final int weight;

    GapSeverity(int weight) {
        this.weight = weight;
    }

    /** Used when weighing the gaps an intervention closes. */
    public int weight() {
        return weight;
    }
}
