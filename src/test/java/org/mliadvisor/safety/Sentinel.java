package org.mliadvisor.safety;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set only if code written into an input was ever run: hostile inputs name it, and tests check it stays unset. */
public final class Sentinel {

    private static final AtomicBoolean TOUCHED = new AtomicBoolean();

    private Sentinel() {
    }

    /** What a hostile input tries to call. */
    public static boolean touch() {
        TOUCHED.set(true);
        return true;
    }

    static boolean touched() {
        return TOUCHED.get();
    }
}
