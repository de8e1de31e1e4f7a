package org.mliadvisor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How wide a text is when set in DejaVu Sans, the font the report embeds, from the font's own
 * advance widths; DejaVu Sans is wider than the fonts a browser falls back to (Arial, Roboto), so a
 * label that fits by this measure fits there too. Each face is read once per process, on first use.
 */
final class TextWidth {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String ELLIPSIS = "…";

    private TextWidth() {
    }

    /** A label broken into lines, and whether a word wider than the whole width had to be shortened. */
    record Lines(List<String> lines, boolean shortened) {

        Lines {
            lines = List.copyOf(lines);
        }

        int count() {
            return lines.size();
        }
    }

    /** The advance width of {@code text} at {@code size} user units, in the same units (no kerning, which only narrows). */
    static double of(String text, double size, boolean bold) {
        return (bold ? Bold.FACE : Regular.FACE).width(text) * size;
    }

    /**
     * {@code text} broken at spaces into lines each at most {@code width} wide; a single word wider
     * than {@code width} is the only thing ever cut, and it ends with an ellipsis.
     */
    static Lines wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        boolean shortened = false;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (of(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (of(word, size, bold) <= width) {
                line.append(word);
            } else {
                lines.add(shorten(word, size, bold, width));
                shortened = true;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return new Lines(lines, shortened);
    }

    private static String shorten(String word, double size, boolean bold, double width) {
        int end = word.length();
        while (end > 0 && of(word.substring(0, end) + ELLIPSIS, size, bold) > width) {
            end = word.offsetByCodePoints(end, -1);
        }
        return word.substring(0, end) + ELLIPSIS;
    }

    /** The regular face, loaded when first measured with. */
    private static final class Regular {
        static final Face FACE = Face.load("DejaVuSans.ttf");
    }

    /** The bold face, loaded when first measured with. */
    private static final class Bold {
        static final Face FACE = Face.load("DejaVuSans-Bold.ttf");
    }

    /**
     * One face's advance widths in ems for every character of the Basic Multilingual Plane, read from
     * the font's {@code cmap} (format 4) and {@code hmtx} tables; a character the face lacks counts a
     * full em, wider than any fallback glyph.
     */
    private static final class Face {

        private static final float MISSING = -1;

        private final float[] advance;

        private Face(float[] advance) {
            this.advance = advance;
        }

        double width(String text) {
            double em = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    em += 1;
                } else {
                    float a = advance[c];
                    em += a == MISSING ? 1 : a;
                }
            }
            return em;
        }

        static Face load(String file) {
            byte[] bytes;
            try (InputStream in = TextWidth.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the build");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + file + " could not be read", e);
            }
            return new Face(advances(ByteBuffer.wrap(bytes), file));
        }

        private static float[] advances(ByteBuffer font, String file) {
            int head = table(font, "head", file);
            int hhea = table(font, "hhea", file);
            int hmtx = table(font, "hmtx", file);
            int cmap = table(font, "cmap", file);
            double unitsPerEm = u16(font, head + 18);
            int longMetrics = u16(font, hhea + 34);
            int segments = unicodeSegments(font, cmap, file);
            int count = u16(font, segments + 6) / 2;
            int ends = segments + 14;
            int starts = ends + 2 * count + 2;
            int deltas = starts + 2 * count;
            int offsets = deltas + 2 * count;
            float[] advance = new float[0x10000];
            Arrays.fill(advance, MISSING);
            for (int s = 0; s < count; s++) {
                int end = u16(font, ends + 2 * s);
                int start = u16(font, starts + 2 * s);
                int delta = font.getShort(deltas + 2 * s);
                int rangeOffset = u16(font, offsets + 2 * s);
                for (int c = start; c <= end && c < 0xFFFF; c++) {
                    int glyph;
                    if (rangeOffset == 0) {
                        glyph = (c + delta) & 0xFFFF;
                    } else {
                        // the spec's address arithmetic: relative to this segment's own idRangeOffset entry
                        int at = offsets + 2 * s + rangeOffset + 2 * (c - start);
                        glyph = u16(font, at);
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                    }
                    if (glyph != 0) {
                        int metric = hmtx + 4 * Math.min(glyph, longMetrics - 1);
                        advance[c] = (float) (u16(font, metric) / unitsPerEm);
                    }
                }
            }
            return advance;
        }

        /** The offset of the Unicode BMP subtable (platform 3 encoding 1, or platform 0) of format 4. */
        private static int unicodeSegments(ByteBuffer font, int cmap, String file) {
            int tables = u16(font, cmap + 2);
            for (int i = 0; i < tables; i++) {
                int record = cmap + 4 + 8 * i;
                int platform = u16(font, record);
                int encoding = u16(font, record + 2);
                int subtable = cmap + font.getInt(record + 4);
                if ((platform == 3 && encoding == 1 || platform == 0 && encoding <= 3) && u16(font, subtable) == 4) {
                    return subtable;
                }
            }
            throw new IllegalStateException("the font " + file + " has no Unicode character map of format 4");
        }

        private static int table(ByteBuffer font, String tag, String file) {
            int tables = u16(font, 4);
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                if (new String(font.array(), record, 4, StandardCharsets.US_ASCII).equals(tag)) {
                    return font.getInt(record + 8);
                }
            }
            throw new IllegalStateException("the font " + file + " has no " + tag + " table");
        }

        private static int u16(ByteBuffer font, int offset) {
            return font.getShort(offset) & 0xFFFF;
        }
    }
}
