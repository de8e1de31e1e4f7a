package org.mliadvisor.diagnosis;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/** An {@code all}, {@code any} or {@code not} of the knowledge base, a node of the {@link ConditionForest}, with its number of parts. */
public record ConditionGroup(int id, int parentId, Kind kind, int childCount, SourceLocation origin) implements ConditionNode {

    /** Which combination a group makes of its parts. */
    public enum Kind { ALL, ANY, NOT }

    public ConditionGroup {
        Objects.requireNonNull(kind, "kind");
        if (childCount < 1 || (kind == Kind.NOT && childCount != 1)) {
            throw new IllegalArgumentException("group " + id + " has a bad number of parts: " + childCount);
        }
        Objects.requireNonNull(origin, "origin");
    }
}
