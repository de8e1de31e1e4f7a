package org.mliadvisor.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it was written. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    SourceLocation location();

    /** A short noun for messages: "a mapping", "a list", "a number". */
    String describe();

    /** A mapping with its keys in file order; each key keeps its own location. */
    record MapNode(SourceLocation location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(String key, SourceLocation keyLocation, Node value) {
    }

    /** A sequence. */
    record ListNode(SourceLocation location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code value} is a {@link String}, {@link Boolean}, {@link Long}, {@link Double}
     * or {@code null}; quoted YAML scalars are always strings.
     */
    record ScalarNode(SourceLocation location, Object value) implements Node {
        public ScalarNode {
            if (value != null && !(value instanceof String || value instanceof Boolean
                    || value instanceof Long || value instanceof Double)) {
                throw new IllegalArgumentException("unsupported scalar type " + value.getClass());
            }
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof String) {
                return "text";
            }
            if (value instanceof Boolean) {
                return "true/false";
            }
            return value instanceof Long ? "a whole number" : "a number";
        }
    }
}
