package org.mliadvisor.assessment.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How consistently one dimension's items measure it: Cronbach's α raw and standardized, Feldt's 95 % interval
 * and the figures of each item, computed on the respondents who answered every item.
 *
 * @param respondents         n, the respondents who answered every item
 * @param respondentsLeftOut  the respondents left out for leaving an item blank
 * @param feldtInterval       absent exactly when the raw α is undefined, for the reason it gives
 * @param items               one entry per item, in the scale's order
 */
public record ScaleReliability(LikertScale scale, int respondents, int respondentsLeftOut, Statistic rawAlpha,
                               Statistic standardizedAlpha, Statistic meanInterItemCorrelation,
                               Optional<ConfidenceInterval> feldtInterval, List<ItemStatistics> items) {
    public ScaleReliability {
        Objects.requireNonNull(scale, "scale");
        if (respondents < 0 || respondentsLeftOut < 0) {
            throw new IllegalArgumentException("respondent counts must not be negative");
        }
        Objects.requireNonNull(rawAlpha, "rawAlpha");
        Objects.requireNonNull(standardizedAlpha, "standardizedAlpha");
        Objects.requireNonNull(meanInterItemCorrelation, "meanInterItemCorrelation");
        Objects.requireNonNull(feldtInterval, "feldtInterval");
        if (feldtInterval.isPresent() != rawAlpha.isDefined()) {
            throw new IllegalArgumentException("Feldt's interval exists exactly when the raw α does");
        }
        items = List.copyOf(items);
        if (!items.stream().map(ItemStatistics::item).toList().equals(scale.items())) {
            throw new IllegalArgumentException("item statistics must follow the scale's items " + scale.items());
        }
    }

    /** The figures of one item. */
    public Optional<ItemStatistics> item(String id) {
        return items.stream().filter(s -> s.item().equals(id)).findFirst();
    }
}
