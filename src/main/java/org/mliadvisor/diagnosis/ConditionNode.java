package org.mliadvisor.diagnosis;

/** A node of a flattened condition tree: a comparison or an all/any/not group. */
public sealed interface ConditionNode permits ConditionLeaf, ConditionGroup {

    /** Its id: its place in the {@link ConditionForest}. */
    int id();

    /** The id of the group it is a part of, or −1 for a condition's root. */
    int parentId();
}
