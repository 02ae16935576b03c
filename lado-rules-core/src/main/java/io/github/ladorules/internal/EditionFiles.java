package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the rules root and reads its files. The root is a directory a policy lead can edit, or the copy packaged
 * inside the core jar.
 */
public final class EditionFiles {
    private static final String BUNDLED = "/lado-rules/rules";

    private EditionFiles() {
    }

    /** The rules root packaged with this library. */
    public static Path bundledRoot() {
        URL url = EditionFiles.class.getResource(BUNDLED);
        if (url == null) {
            throw RulesException.of(BUNDLED, "the shipped rules are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw RulesException.of(url.toString(), "cannot read the shipped rules: " + e.getMessage());
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text with line endings made LF, so a checkout's line-ending setting cannot change a hash. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw RulesException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    static String name(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
