package org.mliadvisor.diagnosis;

/** On what evidence a dimension was proposed as the binding constraint; a higher precedence wins. */
public enum BindingBasis {
    /** The largest weighted shortfall w·(1 − score). */
    SHORTFALL(1),
    /** A near-tie on shortfall that the linked KPIs do not break: the dimensions bind together. */
    JOINT(2),
    /** A near-tie on shortfall decided by the linked KPIs' gaps. */
    KPI_EVIDENCE(3),
    /** An expert gating rule of the knowledge base. */
    GATE(4);

    private final int precedence;

    BindingBasis(int precedence) {
        this.precedence = precedence;
    }

    public int precedence() {
        return precedence;
    }
}
