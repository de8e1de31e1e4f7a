package org.mliadvisor.knowledge;

/**
 * An indicator's answer as an assessment gives it: yes or no for a yes/no indicator, a value on its
 * scale for any other. The knowledge base scores it; the conditions compare it.
 */
public sealed interface Answer permits Answer.YesNo, Answer.Value {

    /** A yes/no indicator's answer. */
    record YesNo(boolean yes) implements Answer {
        @Override
        public Object comparable() {
            return yes;
        }
    }

    /** A value on a percent, maturity, Likert or count scale. */
    record Value(double value) implements Answer {
        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("an answer is a finite number, got " + value);
            }
        }

        @Override
        public Object comparable() {
            return value;
        }
    }

    static Answer of(boolean yes) {
        return new YesNo(yes);
    }

    static Answer of(double value) {
        return new Value(value);
    }

    /** The answer as the condition grammar compares it: a {@link Boolean} or a {@link Double}. */
    Object comparable();

    /** The value of an answer on a numeric scale, or {@code null} for a yes/no answer. */
    default Double number() {
        return this instanceof Value v ? v.value() : null;
    }
}
