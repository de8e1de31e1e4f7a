package org.mliadvisor.diagnosis;

import java.util.List;

/** Three-valued truth: missing data makes a condition unknown, never false. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth negate() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** False if any part is false, true if all are true, unknown otherwise. */
    public static Truth all(List<Truth> parts) {
        if (parts.contains(FALSE)) {
            return FALSE;
        }
        return parts.contains(UNKNOWN) ? UNKNOWN : TRUE;
    }

    /** True if any part is true, false if all are false, unknown otherwise. */
    public static Truth any(List<Truth> parts) {
        if (parts.contains(TRUE)) {
            return TRUE;
        }
        return parts.contains(UNKNOWN) ? UNKNOWN : FALSE;
    }
}
