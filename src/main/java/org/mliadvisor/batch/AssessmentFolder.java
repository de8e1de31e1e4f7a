package org.mliadvisor.batch;

import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.FileTrouble;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A folder of assessment files ({@code .yaml}, {@code .yml}, {@code .json}; not its subfolders), one firm
 * each, in the order of their names; each read as {@code mli diagnose} reads it, survey export included.
 */
final class AssessmentFolder implements FirmSource {

    private final KnowledgeBase kb;
    private final List<Path> files;
    private final Iterator<Path> next;
    private int row;

    AssessmentFolder(Path folder, KnowledgeBase kb) throws InputException {
        this.kb = kb;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(entry) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(folder.toString()), "cannot be read: " + FileTrouble.reason(e));
        }
        if (found.isEmpty()) {
            throw InputException.invalid(SourceLocation.ofFile(folder.toString()),
                    "holds no assessment file (.yaml, .yml or .json)");
        }
        found.sort(null);
        this.files = found;
        this.next = found.iterator();
    }

    @Override
    public List<Problem> opening() {
        return List.of();
    }

    @Override
    public String heading(int column) {
        return column > 0 ? Integer.toString(column) : "";
    }

    @Override
    public long expected() {
        return files.size();
    }

    @Override
    public Firm next(Problems problems) {
        if (!next.hasNext()) {
            return null;
        }
        Path file = next.next();
        return new Firm(++row, found -> new AssessmentLoader(kb).load(file));
    }

    @Override
    public void close() {
        // the files are opened and closed one by one
    }
}
