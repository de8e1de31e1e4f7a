package org.mliadvisor.knowledge;

/** The three dimensions of marketing-logistics integration. */
public enum Dimension {
    /** Structural: governance and planning routines (S&OP/IBP, cross-functional teams). */
    S,
    /** Technological: information-system interoperability (CRM-ERP-WMS/TMS, master data). */
    T,
    /** Relational: shared objectives, trust, disciplined execution, conflict resolution. */
    R
}
