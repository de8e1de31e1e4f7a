package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields every entry shares (texts, citations, ids), read the same way in every file and lent to each file's reader. */
final class Entries {

    /** A citation with where it was written, checked once all sources are known. */
    record Cited(Citation citation, SourceLocation at, String path) {
    }

    private static final Map<String, Language> LANGUAGES = languages();

    private final Problems problems;
    private final EntryIds ids;
    private final List<Cited> citations = new ArrayList<>();

    Entries(Problems problems) {
        this.problems = problems;
        this.ids = new EntryIds(problems);
    }

    EntryIds ids() {
        return ids;
    }

    /** Every citation read so far, in reading order. */
    List<Cited> citations() {
        return List.copyOf(citations);
    }

    private static Map<String, Language> languages() {
        Map<String, Language> byCode = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            byCode.put(language.code(), language);
        }
        return byCode;
    }

    /** A required text field: plain English, or a mapping from language code to wording with English required. */
    Text text(MapReader m, String key) {
        Node value = m.required(key);
        return value == null ? null : text(value, m.path(key));
    }

    /** One text value, checked whole so that every missing English wording and unknown language is reported. */
    Text text(Node value, String path) {
        if (!(value instanceof Node.MapNode map)) {
            String english = plainText(value, path);
            return english == null ? null : new Text(Map.of(Language.EN, english), value.location());
        }
        Map<Language, String> wordings = new EnumMap<>(Language.class);
        boolean complete = true;
        for (Node.Entry entry : map.entries().values()) {
            Language language = LANGUAGES.get(entry.key());
            if (language == null) {
                problems.error(entry.keyLocation(), path + "." + entry.key(), "unknown language `" + entry.key() + "`"
                        + Suggestions.hint(entry.key(), LANGUAGES.keySet()) + "; expected one of: "
                        + String.join(", ", LANGUAGES.keySet()));
                complete = false;
                continue;
            }
            String wording = plainText(entry.value(), path + "." + entry.key());
            if (wording == null) {
                complete = false;
            } else {
                wordings.put(language, wording);
            }
        }
        if (!map.entries().containsKey("en")) {
            problems.error(value.location(), path + ".en", "is required but missing");
            return null;
        }
        return complete ? new Text(wordings, value.location()) : null;
    }

    private String plainText(Node value, String path) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof String s) {
            if (s.isBlank()) {
                problems.error(value.location(), path, "must not be blank");
                return null;
            }
            return s;
        }
        problems.error(value.location(), path, "expected text, or a mapping of language (en, ru, uz) to text; found "
                + value.describe());
        return null;
    }

    /** The optional {@code source} of an entry, checked against the sources once all are known. */
    Citation citation(MapReader m) {
        return m.optional("source").flatMap(n -> MapReader.of(n, m.path("source"), problems)).map(s -> {
            String doc = s.requiredText("doc");
            String where = s.requiredText("where");
            s.rejectUnknown();
            if (doc == null || where == null) {
                return null;
            }
            Citation citation = new Citation(doc, where);
            citations.add(new Cited(citation, s.location("doc"), s.path("doc")));
            return citation;
        }).orElse(null);
    }
}
