package org.mliadvisor.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping, recording a {@link Problem} for each missing, mistyped or
 * unknown field instead of stopping at the first; a getter returns {@code null} when its field is
 * unusable, so callers can go on and find more problems.
 */
public final class MapReader {

    private final Node.MapNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private MapReader(Node.MapNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** A reader over {@code node}, or empty (with a problem recorded) when it is not a mapping. */
    public static Optional<MapReader> of(Node node, String path, Problems problems) {
        if (node instanceof Node.MapNode map) {
            return Optional.of(new MapReader(map, path, problems));
        }
        problems.error(node.location(), path, "expected a mapping of keys to values, found " + node.describe());
        return Optional.empty();
    }

    public Node.MapNode node() {
        return node;
    }

    public SourceLocation location() {
        return node.location();
    }

    /** The dotted path of a field of this mapping. */
    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        known.add(key);
        return node.entries().containsKey(key);
    }

    /** The location of a field's value, or of this mapping when the field is absent. */
    public SourceLocation location(String key) {
        Node.Entry entry = node.entries().get(key);
        return entry == null ? node.location() : entry.value().location();
    }

    public Optional<Node> optional(String key) {
        known.add(key);
        Node.Entry entry = node.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Node required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            problems.error(node.location(), path(key), "is required but missing");
            return null;
        }
        return value.get();
    }

    public String requiredText(String key) {
        Node value = required(key);
        return value == null ? null : text(value, path(key));
    }

    public String optionalText(String key) {
        return optional(key).map(v -> text(v, path(key))).orElse(null);
    }

    /** A required text matching {@code pattern}, described as {@code what} when it does not. */
    public String requiredId(String key, Pattern pattern, String what) {
        String value = requiredText(key);
        if (value != null && !pattern.matcher(value).matches()) {
            problems.error(location(key), path(key), "`" + value + "` is not a valid id; expected " + what);
            return null;
        }
        return value;
    }

    public Double requiredNumber(String key, double min, double max) {
        Node value = required(key);
        return value == null ? null : number(value, path(key), min, max);
    }

    public Double optionalNumber(String key, double min, double max) {
        return optional(key).map(v -> number(v, path(key), min, max)).orElse(null);
    }

    /** A required true or false. */
    public Boolean requiredBoolean(String key) {
        Node value = required(key);
        return value == null ? null : bool(value, path(key));
    }

    public Integer requiredWholeNumber(String key, int min, int max) {
        Node value = required(key);
        return value == null ? null : wholeNumber(value, path(key), min, max);
    }

    public <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        Node value = required(key);
        return value == null ? null : enumValue(value, path(key), type);
    }

    public <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        return optional(key).map(v -> enumValue(v, path(key), type)).orElse(null);
    }

    /** A required list; each item is converted by {@code item} with its index in the path. */
    public <T> List<T> requiredList(String key, boolean mayBeEmpty, ItemReader<T> item) {
        Node value = required(key);
        return value == null ? null : list(value, path(key), mayBeEmpty, item);
    }

    public <T> List<T> optionalList(String key, ItemReader<T> item) {
        Optional<Node> value = optional(key);
        return value.isEmpty() ? List.of() : list(value.get(), path(key), true, item);
    }

    /** A list of texts, each a reference checked by the caller. */
    public List<String> textList(String key, boolean required) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            if (required) {
                problems.error(node.location(), path(key), "is required but missing");
                return null;
            }
            return List.of();
        }
        return list(value.get(), path(key), !required, (n, p) -> text(n, p));
    }

    /** Records a problem for every key that no getter asked for. */
    public void rejectUnknown() {
        for (Node.Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.error(entry.keyLocation(), path(entry.key()), "unknown field" + Suggestions.hint(entry.key(), known)
                        + "; expected one of: " + String.join(", ", known));
            }
        }
    }

    /** Converts one list item. */
    @FunctionalInterface
    public interface ItemReader<T> {
        T read(Node item, String itemPath);
    }

    private <T> List<T> list(Node value, String listPath, boolean mayBeEmpty, ItemReader<T> item) {
        if (!(value instanceof Node.ListNode listNode)) {
            problems.error(value.location(), listPath, "expected a list, found " + value.describe());
            return null;
        }
        if (!mayBeEmpty && listNode.items().isEmpty()) {
            problems.error(value.location(), listPath, "must not be empty");
            return null;
        }
        List<T> result = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < listNode.items().size(); i++) {
            T converted = item.read(listNode.items().get(i), listPath + "[" + i + "]");
            if (converted == null) {
                complete = false;
            } else {
                result.add(converted);
            }
        }
        return complete ? result : null;
    }

    /** The text of a scalar, or {@code null} with a problem. */
    public String text(Node value, String fieldPath) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof String s) {
            if (s.isBlank()) {
                problems.error(value.location(), fieldPath, "must not be blank");
                return null;
            }
            return s;
        }
        problems.error(value.location(), fieldPath, "expected text, found " + value.describe());
        return null;
    }

    /** A true or false, or {@code null} with a problem. */
    public Boolean bool(Node value, String fieldPath) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        problems.error(value.location(), fieldPath, "expected true or false, found " + value.describe() + quoted(value));
        return null;
    }

    /** A number within {@code [min, max]}, or {@code null} with a problem. */
    public Double number(Node value, String fieldPath, double min, double max) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Number n) {
            double d = n.doubleValue();
            if (d < min || d > max) {
                problems.error(value.location(), fieldPath,
                        "value " + plain(d) + " is out of range; expected " + plain(min) + " to " + plain(max));
                return null;
            }
            return d;
        }
        problems.error(value.location(), fieldPath, "expected a number, found " + value.describe() + quoted(value));
        return null;
    }

    public Integer wholeNumber(Node value, String fieldPath, int min, int max) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Long n) {
            if (n < min || n > max) {
                problems.error(value.location(), fieldPath,
                        "value " + n + " is out of range; expected a whole number from " + min + " to " + max);
                return null;
            }
            return n.intValue();
        }
        problems.error(value.location(), fieldPath, "expected a whole number, found " + value.describe() + quoted(value));
        return null;
    }

    /** An enum constant written in lower case ({@code high} for {@code HIGH}). */
    public <E extends Enum<E>> E enumValue(Node value, String fieldPath, Class<E> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(MapReader::spelling).toList();
        Function<String, E> parse = s -> {
            for (E constant : type.getEnumConstants()) {
                if (spelling(constant).equals(s)) {
                    return constant;
                }
            }
            return null;
        };
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof String s) {
            E parsed = parse.apply(s);
            if (parsed != null) {
                return parsed;
            }
            problems.error(value.location(), fieldPath, "`" + s + "` is not allowed" + Suggestions.hint(s, allowed)
                    + "; expected one of: " + String.join(", ", allowed));
            return null;
        }
        problems.error(value.location(), fieldPath, "expected one of: " + String.join(", ", allowed)
                + "; found " + value.describe());
        return null;
    }

    /** How an enum constant is written in files. */
    public static String spelling(Enum<?> constant) {
        if (constant instanceof Spelled spelled) {
            return spelled.spelling();
        }
        String name = constant.name();
        return name.length() == 1 ? name : name.toLowerCase(Locale.ROOT);
    }

    private static String quoted(Node value) {
        return value instanceof Node.ScalarNode s && s.value() instanceof String text ? " `" + text + "`" : "";
    }

    /** A number without a trailing {@code .0}, with a fixed decimal point whatever the locale. */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        if (Math.abs(d) >= 1e15 || (d != 0 && Math.abs(d) < 1e-6)) {
            return exact.toString().replace("E+", "e").replace("E", "e"); // 1e308 rather than 309 digits
        }
        return exact.toPlainString();
    }
}
