package org.mliadvisor.assessment.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How differently the functions see one dimension: each function's mean dimension score, the marketing − logistics
 * gap the paper is about, and the widest gap between any two functions.
 *
 * @param respondents             the respondents who answered every item
 * @param respondentsLeftOut      the respondents left out for leaving an item blank
 * @param byFunction              the functions with at least one respondent, in {@link RespondentFunction} order
 * @param marketingMinusLogistics absent unless both functions answered
 * @param largest                 the widest gap, higher mean first; absent with fewer than 2 functions
 */
public record PerceptionGaps(LikertScale scale, int respondents, int respondentsLeftOut,
                             Map<RespondentFunction, FunctionScore> byFunction,
                             Optional<Gap> marketingMinusLogistics, Optional<Gap> largest) {

    public PerceptionGaps {
        Objects.requireNonNull(scale, "scale");
        if (respondents < 0 || respondentsLeftOut < 0) {
            throw new IllegalArgumentException("respondent counts must not be negative");
        }
        EnumMap<RespondentFunction, FunctionScore> copy = new EnumMap<>(RespondentFunction.class);
        byFunction.forEach((function, score) -> {
            if (score.function() != function) {
                throw new IllegalArgumentException(function + " is filed with the score of " + score.function());
            }
            copy.put(function, score);
        });
        byFunction = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(marketingMinusLogistics, "marketingMinusLogistics");
        Objects.requireNonNull(largest, "largest");
        if (largest.isPresent() && largest.get().difference() < 0) {
            throw new IllegalArgumentException("the largest gap is stated higher mean first");
        }
    }

    /** One function's mean dimension score over its respondents. */
    public record FunctionScore(RespondentFunction function, int respondents, double meanScore) {
        public FunctionScore {
            Objects.requireNonNull(function, "function");
            if (respondents < 1) {
                throw new IllegalArgumentException(function + ": a score needs at least one respondent");
            }
            if (!Double.isFinite(meanScore)) {
                throw new IllegalArgumentException(function + ": the mean score must be finite, got " + meanScore);
            }
        }
    }

    /** The mean score of {@code from} minus that of {@code to}. */
    public record Gap(RespondentFunction from, RespondentFunction to, double difference) {
        public Gap {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from == to) {
                throw new IllegalArgumentException("a gap lies between two different functions, got " + from + " twice");
            }
            if (!Double.isFinite(difference)) {
                throw new IllegalArgumentException("a gap must be finite, got " + difference);
            }
        }
    }

    /**
     * The gaps on the respondents who answered every item (listwise; those left out are counted), after
     * reverse-keyed answers x become A + 1 − x.
     */
    public static PerceptionGaps of(Collection<Respondent> respondents, LikertScale scale) {
        return of(CompleteCases.of(respondents, scale));
    }

    /**
     * The gaps on complete cases already drawn: a respondent's dimension score is the mean of their items, a
     * function's score the mean of its respondents' scores. Of equally wide gaps the first pair in function order wins.
     */
    public static PerceptionGaps of(CompleteCases cases) {
        int k = cases.scale().size();
        EnumMap<RespondentFunction, long[]> totals = new EnumMap<>(RespondentFunction.class);
        for (int r = 0; r < cases.size(); r++) {
            long[] total = totals.computeIfAbsent(cases.respondents().get(r).function(), f -> new long[2]);
            for (int i = 0; i < k; i++) {
                total[0] += cases.recoded(r, i);
            }
            total[1]++;
        }
        EnumMap<RespondentFunction, FunctionScore> scores = new EnumMap<>(RespondentFunction.class);
        // Each respondent answered all k items, so the mean of their means is the grand total over k·count.
        totals.forEach((function, total) ->
                scores.put(function, new FunctionScore(function, (int) total[1], (double) total[0] / (k * total[1]))));
        return new PerceptionGaps(cases.scale(), cases.size(), cases.leftOut(), scores,
                gap(scores, RespondentFunction.MARKETING, RespondentFunction.LOGISTICS), largest(scores));
    }

    private static Optional<Gap> gap(Map<RespondentFunction, FunctionScore> scores, RespondentFunction from, RespondentFunction to) {
        if (!scores.containsKey(from) || !scores.containsKey(to)) {
            return Optional.empty();
        }
        return Optional.of(new Gap(from, to, scores.get(from).meanScore() - scores.get(to).meanScore()));
    }

    private static Optional<Gap> largest(Map<RespondentFunction, FunctionScore> scores) {
        List<FunctionScore> present = new ArrayList<>(scores.values());
        Gap widest = null;
        for (int a = 0; a < present.size(); a++) {
            for (int b = a + 1; b < present.size(); b++) {
                FunctionScore first = present.get(a);
                FunctionScore second = present.get(b);
                double width = Math.abs(first.meanScore() - second.meanScore());
                if (widest == null || width > widest.difference()) {
                    widest = first.meanScore() >= second.meanScore()
                            ? new Gap(first.function(), second.function(), width)
                            : new Gap(second.function(), first.function(), width);
                }
            }
        }
        return Optional.ofNullable(widest);
    }
}
