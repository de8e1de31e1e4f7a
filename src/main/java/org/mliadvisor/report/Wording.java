package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.Message;
import org.mliadvisor.diagnosis.MessagePart;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The words of a report in one language, from the bundled {@code wording_<lang>.properties}: section
 * titles, labels and the plain sentences built from a diagnosis, with numbers and dates in the
 * language's own convention.
 */
public final class Wording {

    private static final Templates WORDS = Templates.load("/org/mliadvisor/report/wording_%s.properties");

    private final Language language;

    private Wording(Language language) {
        this.language = language;
    }

    public static Wording in(Language language) {
        return new Wording(language);
    }

    public Language language() {
        return language;
    }

    /** Every report template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WORDS.patterns(language);
    }

    /**
     * The text of {@code key} with its arguments put in as given: arguments are already-formatted
     * text, so nothing in them (such as a brace from an organization's name) is read as a pattern.
     */
    public String text(String key, Object... args) {
        MessagePart[] parts = new MessagePart[args.length];
        for (int i = 0; i < args.length; i++) {
            parts[i] = Message.literal(String.valueOf(args[i]));
        }
        return WORDS.render(Message.of(key, parts), language);
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

    /**
     * A 0..1 score on the report's 0–100 scale ("62", "48.6"): the index, the dimensions, the indicators
     * and the targets all read on the same scale a manager uses.
     */
    public String score(double share) {
        return number(share * 100, 1);
    }

    /**
     * How far a KPI is from its target in the plain terms a manager repeats: percentage points for a
     * KPI in percent ("8 points below target"), a share of the target otherwise ("40 % above target"),
     * in the KPI's own units when the target is 0; "meets the target" when it does.
     */
    public String kpiDistance(org.mliadvisor.diagnosis.KpiGap gap) {
        double difference = gap.actual() - gap.target();
        boolean worse = gap.better() == org.mliadvisor.knowledge.Direction.HIGHER ? difference < 0 : difference > 0;
        if (!worse || gap.gap() <= 0) {
            return text("kpi.distance.meets");
        }
        String side = difference < 0 ? "below" : "above";
        if (gap.definition().unit() == org.mliadvisor.knowledge.KpiUnit.PERCENT) {
            return text("kpi.distance.points." + side, number(Math.abs(difference), 1));
        }
        if (gap.target() > 0) {
            return text("kpi.distance.share." + side, percent(Math.abs(difference) / gap.target()));
        }
        return text("kpi.distance.units." + side, number(Math.abs(difference), 2));
    }

    /** A raw indicator answer: yes/no words for yes/no indicators, a number otherwise. */
    public String raw(Object raw) {
        return raw instanceof Boolean b ? yesNo(b) : number(((Number) raw).doubleValue(), 2);
    }

    /** When a recommendation runs: its step and weeks in the first wave, or the next wave; early or late starts said. */
    public String when(org.mliadvisor.diagnosis.Recommendation r, int horizon) {
        if (!r.firstWave()) {
            return text("intervention.nextWave", r.roadmapStep());
        }
        return text("intervention.stepWeeks", r.roadmapStep(), r.fromWeek(), r.toWeek())
                + (r.schedule().early() ? text("intervention.early") : "")
                + (r.schedule().landsAfterHorizon() ? text("intervention.late", horizon) : "");
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
        if (b.joint()) {
            return text("binding.joint", binding, dimension(b.partner()));
        }
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

    /** The confidence in the binding constraint in one plain sentence, with how many findings lowered it. */
    public String confidenceSentence(Diagnosis d) {
        return text("consistency.confidence." + d.confidence().level().name(), d.confidence().loweredBy().size());
    }
}
