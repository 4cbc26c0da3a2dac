package org.inpaintstudio.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import org.inpaintstudio.ui.common.TextFiles;

/**
 * The remote service's API key, in its own file in the application-data folder that only the user may read
 * (rw------- on Linux and macOS, an owner-only ACL on Windows), apart from the settings JSON. The file is created
 * with those permissions before the key is written, so it is never readable by others, not even for a moment.
 * Nothing here logs the key or puts it in a message.
 */
public final class ApiKeyStore {
    private static final String FILE = "api-key";

    private final Path file;
    private volatile String current;

    public ApiKeyStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** The key in use: the last one saved in this run (even if writing it failed), else the file's. */
    public String current() {
        String key = current;
        if (key == null) {
            key = load();
            current = key;
        }
        return key;
    }

    public Path file() {
        return file;
    }

    /** The saved key, or an empty string when there is none or it cannot be read. */
    public String load() {
        try {
            return Files.isRegularFile(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Saves the key (an empty key deletes the file). */
    public void save(String key) throws IOException {
        String value = key == null ? "" : key.strip();
        current = value;
        if (value.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        TextFiles.writeAtomically(file, value, ApiKeyStore::ownerOnlyTempFile);
    }

    /** The file is owner-only from its creation, before the key is in it. */
    private static Path ownerOnlyTempFile(Path folder, String prefix) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(
                    folder,
                    prefix,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path temporary = Files.createTempFile(folder, prefix, ".tmp");
        AclFileAttributeView acl = Files.getFileAttributeView(temporary, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(temporary);
            acl.setAcl(List.of(AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build()));
        }
        return temporary;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "ApiKeyStore[" + file + "]";
    }
}
