package org.mliadvisor.assessment.survey;

import java.util.Objects;

/**
 * One item's figures within its scale, on the recoded answers of the complete cases.
 *
 * @param itemRestCorrelation the corrected item–total correlation: Pearson's r between the item and the sum of the
 *                            scale's other items
 * @param alphaIfDeleted      the raw Cronbach's α of the scale without this item
 */
public record ItemStatistics(String item, boolean reverseKeyed, Statistic mean, Statistic standardDeviation,
                             Statistic itemRestCorrelation, Statistic alphaIfDeleted) {
    public ItemStatistics {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(standardDeviation, "standardDeviation");
        Objects.requireNonNull(itemRestCorrelation, "itemRestCorrelation");
        Objects.requireNonNull(alphaIfDeleted, "alphaIfDeleted");
    }
}
