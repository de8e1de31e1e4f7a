package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The ids the entries of every file claim, kind by kind, and the entries rejected for their own problems. */
final class EntryIds {

    private final Problems problems;
    private final Map<String, SourceLocation> claimed = new HashMap<>();
    /** "kind:id" of entries rejected for their own problems: references to them are not reported again. */
    private final Set<String> rejected = new HashSet<>();

    EntryIds(Problems problems) {
        this.problems = problems;
    }

    /** Reads the {@code id} of entry {@code m} and claims it; a malformed id ({@code what} says the form) is reported. */
    Claim claim(MapReader m, String kind, Pattern pattern, String what) {
        return claim(m, kind, m.requiredId("id", pattern, what));
    }

    /**
     * Claims {@code id}, null when unusable, for entry {@code m}; a second entry with the same id is a
     * problem naming both places.
     */
    Claim claim(MapReader m, String kind, String id) {
        SourceLocation earlier = id == null ? null : claimed.putIfAbsent(kind + ":" + id, m.location("id"));
        if (earlier != null) {
            problems.error(m.location("id"), m.path("id"), "duplicate " + kind + " id `" + id
                    + "`; it is already defined at " + earlier);
        }
        return new Claim(kind, id, earlier == null);
    }

    boolean isRejected(String kind, String id) {
        return rejected.contains(kind + ":" + id);
    }

    /** Whether an entry of {@code kind} whose id starts with {@code prefix} was rejected. */
    boolean anyRejected(String kind, String prefix) {
        return rejected.stream().anyMatch(r -> r.startsWith(kind + ":" + prefix));
    }

    /** One entry's claim on its id: {@code id} is null when missing or malformed, {@code fresh} false when taken before. */
    final class Claim {
        private final String kind;
        private final String id;
        private final boolean fresh;

        private Claim(String kind, String id, boolean fresh) {
            this.kind = kind;
            this.id = id;
            this.fresh = fresh;
        }

        String id() {
            return id;
        }

        boolean fresh() {
            return fresh;
        }

        /**
         * Whether the entry is kept: its id is its own and it is {@code complete}. A duplicate is left
         * out silently, as the first entry with that id stands for references.
         */
        boolean keep(boolean complete) {
            if (!fresh) {
                return false;
            }
            if (id == null || !complete) {
                reject();
                return false;
            }
            return true;
        }

        /** Remembers the entry as rejected for its own problems, so references to it are not reported as unknown again. */
        void reject() {
            if (id != null) {
                rejected.add(kind + ":" + id);
            }
        }
    }
}
