package org.mliadvisor.report;

/**
 * Which document a report is: the client's, the client's with the evidence appendix after it, or the
 * evidence appendix alone (a separate file for the consultant and for audit).
 */
public enum ReportScope {
    CLIENT, FULL, APPENDIX;

    /** Whether the client's document (cover, summary, profile, KPIs, actions, roadmap, method note) is in it. */
    public boolean client() {
        return this != APPENDIX;
    }

    /** Whether the evidence appendix (every conclusion's rule, facts and knowledge-base entries) is in it. */
    public boolean evidence() {
        return this != CLIENT;
    }
}
