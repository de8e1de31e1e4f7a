package org.mliadvisor.assessment.survey;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dimension's Likert items in questionnaire order, which of them are reverse-keyed, and the number of
 * points A of the answer scale (1..A).
 */
public record LikertScale(List<String> items, Set<String> reverseKeyed, int points) {

    /** The paper's five-point scale. */
    public static final int DEFAULT_POINTS = 5;

    public LikertScale {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a scale has at least one item");
        }
        if (new HashSet<>(items).size() != items.size()) {
            throw new IllegalArgumentException("a scale lists each item once, got " + items);
        }
        if (items.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("item ids must not be blank, got " + items);
        }
        reverseKeyed = Collections.unmodifiableSet(new LinkedHashSet<>(reverseKeyed));
        for (String item : reverseKeyed) {
            if (!items.contains(Objects.requireNonNull(item, "reverse-keyed item"))) {
                throw new IllegalArgumentException("reverse-keyed item " + item + " is not one of the scale's items " + items);
            }
        }
        if (points < 2) {
            throw new IllegalArgumentException("a Likert scale has at least 2 points, got " + points);
        }
    }

    /** Items on the default five-point scale, none reverse-keyed. */
    public static LikertScale of(List<String> items) {
        return new LikertScale(items, Set.of(), DEFAULT_POINTS);
    }

    /** Items on the default five-point scale. */
    public static LikertScale of(List<String> items, Set<String> reverseKeyed) {
        return new LikertScale(items, reverseKeyed, DEFAULT_POINTS);
    }

    /** The number of items, k. */
    public int size() {
        return items.size();
    }

    public boolean isReverseKeyed(String item) {
        return reverseKeyed.contains(item);
    }

    /**
     * The answer as it enters every statistic: A + 1 − x for a reverse-keyed item, x otherwise.
     *
     * @throws IllegalArgumentException when the answer lies outside 1..A, or the item is not the scale's
     */
    public int recode(String item, int answer) {
        if (!items.contains(item)) {
            throw new IllegalArgumentException(item + " is not one of the scale's items " + items);
        }
        if (answer < 1 || answer > points) {
            throw new IllegalArgumentException("the answer to " + item + " must lie in 1.." + points + ", got " + answer);
        }
        return isReverseKeyed(item) ? points + 1 - answer : answer;
    }
}
