package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence as the key of its template and typed arguments, worded in a language only when it
 * is rendered; the templates are the bundled {@code reasons_<language>.properties} files.
 */
public record Message(String key, List<MessagePart> args) implements MessagePart {
    public Message {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a message needs a template key");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, MessagePart... args) {
        return new Message(key, List.of(args));
    }

    public static MessagePart.Literal literal(String value) {
        return new MessagePart.Literal(value);
    }

    /** Ids joined by ", ", each as written. */
    public static MessagePart.Series literals(List<String> values) {
        return new MessagePart.Series(values.stream().<MessagePart>map(MessagePart.Literal::new).toList(), ", ");
    }

    public static MessagePart.Decimal number(double value, int decimals) {
        return new MessagePart.Decimal(value, decimals);
    }

    /** A whole count. */
    public static MessagePart.Decimal count(long value) {
        return new MessagePart.Decimal(value, 0);
    }

    public static MessagePart.Percent percent(double share) {
        return new MessagePart.Percent(share);
    }

    public static MessagePart.KbText text(Text text) {
        return new MessagePart.KbText(text);
    }

    public static MessagePart.YesNo yesNo(boolean value) {
        return new MessagePart.YesNo(value);
    }

    /** A value a condition compared (a {@link Boolean}, a number or a context value) as a reason quotes it. */
    public static MessagePart observed(Object observed) {
        if (observed instanceof Boolean b) {
            return raw(Answer.of(b));
        }
        return observed instanceof Number n ? raw(Answer.of(n.doubleValue())) : literal(String.valueOf(observed));
    }

    /** An indicator's answer as a reason quotes it: yes or no, or a number to two places. */
    public static MessagePart raw(Answer answer) {
        return answer instanceof Answer.YesNo yesNo ? new MessagePart.YesNo(yesNo.yes()) : new MessagePart.Decimal(answer.number(), 2);
    }

    /** The sentence in {@code language}; templates missing from its bundle read as English. */
    public String render(Language language) {
        return Templates.reasons().render(this, Objects.requireNonNull(language, "language"));
    }
}
