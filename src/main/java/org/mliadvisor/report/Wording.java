package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of a report in one language, from the bundled {@code wording_<lang>.properties}: section
 * titles, labels and the plain sentences built from a diagnosis, with numbers and dates in the
 * language's own convention.
 */
public final class Wording {

    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties words;
    private final Properties english;

    private Wording(Language language) {
        this.language = language;
        this.words = bundle(language);
        this.english = bundle(Language.EN);
    }

    public static Wording in(Language language) {
        return new Wording(language);
    }

    public Language language() {
        return language;
    }

    /** The keys of a language's bundle, for checks that every language says everything English says. */
    static Properties bundle(Language language) {
        synchronized (BUNDLES) {
            return BUNDLES.computeIfAbsent(language, Wording::read);
        }
    }

    private static Properties read(Language language) {
        String name = "wording_" + language.code() + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report wording " + name + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of {@code key} with its arguments put in as given: arguments are already-formatted
     * text, so nothing in them (such as a brace from an organization's name) is read as a pattern.
     */
    public String text(String key, Object... args) {
        String pattern = words.getProperty(key, english.getProperty(key));
        if (pattern == null) {
            throw new IllegalArgumentException("no report wording for " + key);
        }
        if (args.length == 0) {
            return new MessageFormat(pattern, language.locale()).format(new Object[0]);
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(texts);
    }

    public String number(double value, int decimals) {
        return Numbers.format(value, decimals, language);
    }

    public String percent(double share) {
        return Numbers.percent(share, language);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }

    /** A reason's statement in this language. */
    public String statement(Reason reason) {
        return reason.statement(language);
    }

    public String dimension(Dimension dimension) {
        return text("dimension." + dimension.name());
    }

    public String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no");
    }

    /** A raw indicator answer: yes/no words for yes/no indicators, a number otherwise. */
    public String raw(Object raw) {
        return raw instanceof Boolean b ? yesNo(b) : number(((Number) raw).doubleValue(), 2);
    }

    /**
     * The binding constraint in one plain sentence with its margin over the runner-up, in index
     * points (weighted shortfall × 100), or why none can be named.
     */
    public String bindingSentence(Diagnosis d) {
        BindingOutcome b = d.binding();
        if (!b.determined()) {
            return text("binding.none", statement(b.reasons().get(0)));
        }
        String binding = dimension(b.dimension());
        DimensionShortfall own = d.shortfalls().get(b.dimension());
        if (b.runnerUp() == null || own == null) {
            return text("binding.alone", binding);
        }
        String runnerUp = dimension(b.runnerUp());
        if (b.margin() == 0) {
            return text("binding.tied", binding, runnerUp, number(own.shortfall() * 100, 1));
        }
        if (b.margin() > 0) {
            return text("binding.ahead", binding, number(own.shortfall() * 100, 1), number(b.margin() * 100, 1), runnerUp);
        }
        return text("binding.behind", binding, text("binding.basis." + b.basis().name()), runnerUp,
                number(-b.margin() * 100, 1));
    }
}
