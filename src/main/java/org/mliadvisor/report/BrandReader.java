package org.mliadvisor.report;

import org.mliadvisor.source.FileTrouble;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.TreeReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a brand file ({@code --brand FILE.yaml}): {@code firm}, {@code consultant}, {@code logo},
 * {@code client_logo} (PNG, JPEG or SVG paths relative to the file), {@code accent} ({@code #rrggbb})
 * and {@code confidentiality}; every field is optional, every problem is reported at once.
 */
public final class BrandReader {

    /** A brand file larger than this is refused before it is parsed. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    /** A logo larger than this would bloat every report it is embedded in. */
    static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final List<Problem> warnings = new ArrayList<>();
    private final List<Path> filesRead = new ArrayList<>();

    /** What the last read noticed without refusing (a logo whose content and name disagree), for the user to see. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** The files the last read took: the brand file and its logos. */
    public List<Path> filesRead() {
        return List.copyOf(filesRead);
    }

    /** Reads and checks the brand in {@code file}. */
    public Brand read(Path file) throws InputException {
        warnings.clear();
        filesRead.clear();
        filesRead.add(file);
        String display = file.toString();
        Node tree = new TreeReader(MAX_FILE_BYTES).read(file, display);
        Problems problems = new Problems();
        MapReader root = MapReader.of(tree, "", problems).orElse(null);
        if (root == null) {
            problems.throwIfErrors();
        }
        String firm = root.optionalText("firm");
        String consultant = root.optionalText("consultant");
        Path folder = file.toAbsolutePath().getParent();
        Brand.Logo logo = root.optional("logo").map(n -> logo(root, n, "logo", folder, problems)).orElse(null);
        Brand.Logo clientLogo = root.optional("client_logo").map(n -> logo(root, n, "client_logo", folder, problems)).orElse(null);
        String accent = root.optionalText("accent");
        if (accent != null && !Brand.COLOUR.matcher(accent).matches()) {
            problems.error(root.location("accent"), "accent", "`" + accent
                    + "` is not a colour; expected # and six hexadecimal digits, e.g. \"#0b6e4f\" (quoted: # starts a YAML comment)");
            accent = null;
        }
        String confidentiality = root.optionalText("confidentiality");
        root.rejectUnknown();
        problems.throwIfErrors();
        problems.all().stream().filter(p -> !p.isError()).forEach(warnings::add);
        return new Brand(firm, consultant, logo, clientLogo, accent == null ? Brand.DEFAULT_ACCENT : accent, confidentiality);
    }

    /** The image a field names, checked to be a PNG, JPEG or SVG within the size cap; {@code null} with a problem otherwise. */
    private Brand.Logo logo(MapReader root, Node value, String field, Path folder, Problems problems) {
        String name = root.text(value, field);
        if (name == null) {
            return null;
        }
        Path base = (folder == null ? Path.of("") : folder).toAbsolutePath().normalize();
        Path path = base.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !path.startsWith(base)) {
            problems.error(value.location(), field, "`" + name + "` is outside the brand file's folder; put the logo beside "
                    + "the brand file (or in a folder below it) and name it relative to it");
            return null;
        }
        filesRead.add(path);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                problems.error(value.location(), field, Files.exists(path) ? "`" + name + "` is not a regular file"
                        : "`" + name + "` not found (looked for " + path + ")");
                return null;
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            problems.error(value.location(), field, "`" + name + "` not found (looked for " + path + ")");
            return null;
        } catch (IOException e) {
            problems.error(value.location(), field, "`" + name + "` cannot be read: " + FileTrouble.reason(e));
            return null;
        }
        if (bytes.length > MAX_LOGO_BYTES) {
            problems.error(value.location(), field, "`" + name + "` is larger than " + MAX_LOGO_BYTES / 1024
                    + " KB; a logo is embedded in every report, so export it smaller");
            return null;
        }
        Brand.Logo.Kind kind = kind(bytes);
        if (kind == null) {
            problems.error(value.location(), field, "`" + name + "` is not a PNG, JPEG or SVG image");
            return null;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (kind == Brand.Logo.Kind.SVG != extension.equals("svg")) {
            problems.warning(value.location(), field, "`" + name + "` holds " + kind + " content; it is used as " + kind);
        }
        return new Brand.Logo(kind, bytes);
    }

    /** The image format of some bytes by their content, never by the file name; {@code null} for anything else. */
    static Brand.Logo.Kind kind(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Brand.Logo.Kind.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return Brand.Logo.Kind.JPEG;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        boolean xml = head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE svg");
        return xml && head.contains("<svg") ? Brand.Logo.Kind.SVG : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
