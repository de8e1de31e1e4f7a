package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Language;
import org.mliadvisor.source.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a conclusion was drawn: the rule that drew it, a one-sentence statement (held as a
 * {@link Message}, worded in a language only when asked for), the facts and values it read, and
 * the knowledge-base entries it rests on.
 */
public record Reason(String rule, Message message, Map<String, String> facts, List<SourceLocation> kb) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        kb = List.copyOf(kb);
    }

    public static Reason of(String rule, Message message, Map<String, String> facts, SourceLocation... kb) {
        return new Reason(rule, message, facts, List.of(kb));
    }

    public static Reason of(String rule, Message message, Map<String, String> facts, List<SourceLocation> kb) {
        return new Reason(rule, message, facts, kb);
    }

    /** The statement in English, the reference wording. */
    public String statement() {
        return message.render(Language.EN);
    }

    /** The statement in {@code language}, with knowledge-base texts and numbers in that language too. */
    public String statement(Language language) {
        return message.render(language);
    }

    /** The knowledge-base entries it rests on, as distinct {@code file:line}s in the order given. */
    public List<String> kbEntries() {
        return kb.stream().map(SourceLocation::fileAndLine).distinct().toList();
    }

    /** Facts in the order given, as name-value pairs, so explanations read the same on every run. */
    public static Map<String, String> ordered(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name-value pairs");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return facts;
    }
}
