package org.mliadvisor.knowledge;

import java.util.Objects;

/** The scale of an indicator's raw value: its type, range and unit (a count's unit is the knowledge base's text). */
public record Scale(ScaleType type, double min, double max, Text unit) {
    public Scale {
        Objects.requireNonNull(type, "type");
        if (!(min < max)) {
            throw new IllegalArgumentException("scale needs min < max");
        }
        unit = unit == null ? Text.of(defaultUnit(type)) : unit;
    }

    public static Scale of(ScaleType type) {
        if (type == ScaleType.COUNT) {
            throw new IllegalArgumentException("a count scale needs a maximum and a unit");
        }
        return new Scale(type, type.min(), type.defaultMax(), null);
    }

    public boolean isYesNo() {
        return type == ScaleType.YES_NO;
    }

    public boolean contains(double raw) {
        return raw >= min && raw <= max;
    }

    private static String defaultUnit(ScaleType type) {
        return switch (type) {
            case YES_NO -> "yes/no";
            case PERCENT -> "%";
            case MATURITY -> "maturity 0-5";
            case LIKERT -> "Likert 1-5";
            case COUNT -> "count";
        };
    }
}
