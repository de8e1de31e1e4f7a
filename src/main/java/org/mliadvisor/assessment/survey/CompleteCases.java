package org.mliadvisor.assessment.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The respondents who answered every item of a scale, with their answers recoded for reverse keying: the
 * survey statistics are computed listwise, on these complete cases only, and report how many were left out.
 */
public final class CompleteCases {

    private final LikertScale scale;
    private final List<Respondent> respondents;
    private final int leftOut;
    private final int[][] recoded;

    private CompleteCases(LikertScale scale, List<Respondent> respondents, int leftOut, int[][] recoded) {
        this.scale = scale;
        this.respondents = respondents;
        this.leftOut = leftOut;
        this.recoded = recoded;
    }

    /**
     * The respondents, in the given order, who answered every one of the scale's items; answers to other items
     * play no part.
     *
     * @throws IllegalArgumentException when an answer to one of the scale's items lies outside 1..A
     */
    public static CompleteCases of(Collection<Respondent> respondents, LikertScale scale) {
        Objects.requireNonNull(scale, "scale");
        List<Respondent> complete = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        int leftOut = 0;
        for (Respondent respondent : respondents) {
            int[] row = new int[scale.size()];
            boolean answeredAll = true;
            for (int j = 0; j < scale.size(); j++) {
                String item = scale.items().get(j);
                Integer answer = respondent.answer(item);
                if (answer == null) {
                    answeredAll = false;
                } else {
                    try {
                        row[j] = scale.recode(item, answer);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(respondent.id() + " (" + respondent.origin() + "): " + e.getMessage(), e);
                    }
                }
            }
            if (answeredAll) {
                complete.add(respondent);
                rows.add(row);
            } else {
                leftOut++;
            }
        }
        return new CompleteCases(scale, List.copyOf(complete), leftOut, rows.toArray(int[][]::new));
    }

    public LikertScale scale() {
        return scale;
    }

    /** The respondents kept, in the order given. */
    public List<Respondent> respondents() {
        return respondents;
    }

    /** n, the number of respondents kept. */
    public int size() {
        return respondents.size();
    }

    /** How many respondents were left out for leaving at least one of the scale's items blank. */
    public int leftOut() {
        return leftOut;
    }

    /** The recoded answer of the {@code respondent}-th kept respondent to the scale's {@code item}-th item. */
    public int recoded(int respondent, int item) {
        return recoded[respondent][item];
    }

    /**
     * n(n − 1) times the items' sample covariance matrix, that is nΣxᵢxⱼ − ΣxᵢΣxⱼ, in exact integer arithmetic:
     * ratios of its entries are the ratios of the covariances, and a variance is zero exactly when its entry is.
     */
    long[][] scaledCovariances() {
        return ItemSums.of(this).scaledCovariances();
    }
}
