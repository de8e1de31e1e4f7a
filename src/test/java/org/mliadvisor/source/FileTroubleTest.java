package org.mliadvisor.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

import static org.assertj.core.api.Assertions.assertThat;

/** File-system failures in words. */
class FileTroubleTest {

    @Test
    void fileSystemFailuresSayTheReasonNotOnlyThePath() {
        assertThat(FileTrouble.reason(new AccessDeniedException("/x/firm.yaml"))).isEqualTo("permission denied");
        assertThat(FileTrouble.reason(new NotDirectoryException("/x/file"))).isEqualTo("a path component is a file, not a folder");
        assertThat(FileTrouble.reason(new FileSystemException("/x/file/y", null, "Not a directory")))
                .isEqualTo("a path component is a file, not a folder");
        assertThat(FileTrouble.reason(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(FileTrouble.reason(new FileAlreadyExistsException("/x/docs"))).isEqualTo("a file of that name already exists");
        assertThat(FileTrouble.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}
