package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Per-language templates in which only {@code {n}} is special, English standing in for a template a
 * language lacks: the wording of reason statements ({@code reasons_<code>.properties}) and of
 * reports. Arguments are appended, never parsed, so text from an input cannot act as a template.
 */
public final class Templates {

    // parsed once per JVM: rendering a statement is then only appends, so reasons stay cheap to word
    private static final Templates REASONS = load("/org/mliadvisor/diagnosis/reasons_%s.properties");

    private static final Message YES = Message.of("word.yes");
    private static final Message NO = Message.of("word.no");

    private final Map<Language, Map<String, String>> patterns;
    // by key, one template per language (indexed by ordinal) with English already standing in for
    // a missing translation, so rendering looks a template up once
    private final Map<String, Template[]> templates;

    /** Templates from patterns by language and key; a language left out reads as English. */
    Templates(Map<Language, Map<String, String>> patterns) {
        this("%s", patterns);
    }

    /** As above, {@code bundle} (with {@code %s} for the language code) naming the file in error messages. */
    private Templates(String bundle, Map<Language, Map<String, String>> patterns) {
        Map<String, String> english = patterns.get(Language.EN);
        if (english == null) {
            throw new IllegalArgumentException("the English wording is the reference every language falls back to");
        }
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        Map<String, Template[]> parsed = new HashMap<>();
        for (Map.Entry<String, String> entry : english.entrySet()) {
            Template[] byLanguage = new Template[Language.values().length];
            for (Language language : Language.values()) {
                String pattern = patterns.getOrDefault(language, Map.of()).get(entry.getKey());
                byLanguage[language.ordinal()] = pattern == null ? null
                        : Template.parse(bundle.formatted(language.code()) + ": " + entry.getKey(), pattern);
            }
            for (Language language : Language.values()) {
                if (byLanguage[language.ordinal()] == null) {
                    byLanguage[language.ordinal()] = byLanguage[Language.EN.ordinal()];
                }
            }
            parsed.put(entry.getKey(), byLanguage);
        }
        patterns.forEach((language, byKey) -> copy.put(language, Map.copyOf(byKey)));
        this.patterns = Collections.unmodifiableMap(copy);
        this.templates = parsed;
    }

    /** The wording of reason statements. */
    static Templates reasons() {
        return REASONS;
    }

    /** The templates of a bundled family of properties files, {@code bundle} having {@code %s} for the language code. */
    public static Templates load(String bundle) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, load(bundle, language));
        }
        return new Templates(bundle, all);
    }

    /** The message worded in {@code language}. */
    public String render(Message message, Language language) {
        StringBuilder out = new StringBuilder(160);
        append(out, message, language);
        return out.toString();
    }

    /**
     * The template {@code key} worded in {@code language} with its arguments put in as given: they are
     * already-formatted text, so nothing in them (such as a brace from an organization's name) is read as a pattern.
     */
    public String literal(String key, Language language, Object... args) {
        MessagePart[] parts = new MessagePart[args.length];
        for (int i = 0; i < args.length; i++) {
            parts[i] = Message.literal(String.valueOf(args[i]));
        }
        return render(Message.of(key, parts), language);
    }

    /** The templates of {@code language} by key, as written. */
    public Map<String, String> patterns(Language language) {
        return patterns.getOrDefault(language, Map.of());
    }

    /** The argument numbers a template uses, each once. */
    public static SortedSet<Integer> placeholders(String pattern) {
        SortedSet<Integer> found = new TreeSet<>();
        for (int slot : Template.parse("", pattern).slots) {
            found.add(slot);
        }
        return found;
    }

    private void append(StringBuilder out, Message message, Language language) {
        Template[] byLanguage = templates.get(message.key());
        if (byLanguage == null) {
            throw new IllegalArgumentException("no English wording for message " + message.key());
        }
        Template template = byLanguage[language.ordinal()];
        List<MessagePart> args = message.args();
        out.append(template.texts[0]);
        for (int i = 0; i < template.slots.length; i++) {
            int slot = template.slots[i];
            if (slot >= args.size()) {
                throw new IllegalStateException(message.key() + " uses {" + slot + "} but has " + args.size() + " arguments");
            }
            append(out, args.get(slot), language);
            out.append(template.texts[i + 1]);
        }
    }

    private void append(StringBuilder out, MessagePart arg, Language language) {
        // values are appended, never parsed, so a knowledge-base text holding "{0}" comes out as written
        if (arg instanceof Message nested) {
            append(out, nested, language);
        } else if (arg instanceof MessagePart.Literal literal) {
            out.append(literal.value());
        } else if (arg instanceof MessagePart.Decimal number) {
            out.append(Numbers.format(number.value(), number.decimals(), language));
        } else if (arg instanceof MessagePart.Percent percent) {
            out.append(Numbers.percent(percent.share(), language));
        } else if (arg instanceof MessagePart.KbText text) {
            out.append(text.text().in(language));
        } else if (arg instanceof MessagePart.YesNo yesNo) {
            append(out, yesNo.value() ? YES : NO, language);
        } else if (arg instanceof MessagePart.Series series) {
            for (int i = 0; i < series.items().size(); i++) {
                if (i > 0) {
                    out.append(series.separator());
                }
                append(out, series.items().get(i), language);
            }
        } else {
            throw new IllegalArgumentException("unknown message argument " + arg);
        }
    }

    private static Map<String, String> load(String bundle, Language language) {
        String path = bundle.formatted(language.code());
        Properties properties = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the wording " + path + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Map<String, String> patterns = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            patterns.put(key, properties.getProperty(key));
        }
        return patterns;
    }

    /** A template split at its placeholders: {@code texts[i]}, then argument {@code slots[i]}, …, then the last text. */
    private static final class Template {
        final String[] texts;
        final int[] slots;

        private Template(String[] texts, int[] slots) {
            this.texts = texts;
            this.slots = slots;
        }

        static Template parse(String where, String pattern) {
            List<String> texts = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '}') {
                    throw new IllegalStateException(where + ": unmatched '}' in \"" + pattern + "\"");
                }
                if (c != '{') {
                    text.append(c);
                    continue;
                }
                int close = pattern.indexOf('}', i);
                String number = close < 0 ? "" : pattern.substring(i + 1, close);
                if (number.isEmpty() || number.length() > 2 || !number.chars().allMatch(Character::isDigit)) {
                    throw new IllegalStateException(where + ": a placeholder is {0}, {1}, … in \"" + pattern + "\"");
                }
                texts.add(text.toString());
                text.setLength(0);
                slots.add(Integer.parseInt(number));
                i = close;
            }
            texts.add(text.toString());
            return new Template(texts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
