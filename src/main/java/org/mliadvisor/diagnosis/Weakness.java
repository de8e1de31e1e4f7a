package org.mliadvisor.diagnosis;

/**
 * A weakness that triggered a recommended intervention, measured for the depth term of its ranking
 * score: a weak practice (an indicator's score) or marketing and logistics seeing a dimension apart.
 */
public sealed interface Weakness permits IndicatorScore, PerceptionGap {

    /** How deep the weakness is, 0..1: a practice not done at all, or functions at the scale's two ends, is 1. */
    double depth();

    /** What it is about, for explanations and ties: an indicator id, or {@code perception_gap:R}. */
    String about();

    /** The weakness as the ranking's explanation words it ("the weakest practice it answers, …, scores 0.5 of 1"). */
    Message depthStatement();
}
