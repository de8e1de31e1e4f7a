package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Text;

import java.util.List;
import java.util.Objects;

/** A value inserted into a {@link Message} template, worded in the convention of the language rendered. */
public sealed interface MessagePart permits Message, MessagePart.Literal, MessagePart.Decimal, MessagePart.Percent,
        MessagePart.KbText, MessagePart.YesNo, MessagePart.Series {

    /** Text inserted exactly as written in every language: ids, dimension letters, context values. */
    record Literal(String value) implements MessagePart {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number rounded to {@code decimals} places, with the language's decimal mark. */
    record Decimal(double value, int decimals) implements MessagePart {
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number in a message must be finite, got " + value);
            }
            if (decimals < 0) {
                throw new IllegalArgumentException("decimals must not be negative");
            }
        }
    }

    /** A share (0.089) written as a percentage in the language's convention. */
    record Percent(double share) implements MessagePart {
        public Percent {
            if (!Double.isFinite(share)) {
                throw new IllegalArgumentException("a share in a message must be finite, got " + share);
            }
        }
    }

    /** A knowledge-base text, in the language rendered when it has that translation. */
    record KbText(Text text) implements MessagePart {
        public KbText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A yes/no answer, in the language's words. */
    record YesNo(boolean value) implements MessagePart {
    }

    /** Arguments joined by a separator that reads the same in every language ("; ", ", "). */
    record Series(List<MessagePart> items, String separator) implements MessagePart {
        public Series {
            items = List.copyOf(items);
            Objects.requireNonNull(separator, "separator");
        }
    }
}
