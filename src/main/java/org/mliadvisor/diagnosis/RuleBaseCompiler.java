package org.mliadvisor.diagnosis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Build step: precompiles {@code rules/*.drl} into the class-path file the application loads at start. */
public final class RuleBaseCompiler {

    private RuleBaseCompiler() {
    }

    /** {@code args[0]}: the classes folder to write into. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleBaseCompiler CLASSES_DIR");
            System.exit(64);
        }
        Path target = Path.of(args[0]).resolve(RuleBase.PRECOMPILED);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "rules", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            RuleBase.writePrecompiled(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
