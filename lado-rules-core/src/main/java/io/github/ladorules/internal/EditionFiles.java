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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds edition folders under a rules root ({@code <root>/<edition>/edition.yaml} plus {@code *.drl}) and reads
 * their files. The root is a directory a policy lead can edit, or the copy packaged inside the core jar.
 */
public final class EditionFiles {
    static final String MANIFEST = "edition.yaml";
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

    /** Every folder under the root that holds an {@code edition.yaml}, in name order. */
    static List<Path> editionFolders(Path root) {
        if (!Files.isDirectory(root)) {
            throw RulesException.of(root.toString(), "not a directory of rule editions");
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(MANIFEST)))
                    .sorted((a, b) -> name(a).compareTo(name(b)))
                    .toList();
        } catch (IOException e) {
            throw RulesException.of(root.toString(), "cannot list rule editions: " + e.getMessage());
        }
    }

    /** The DRL files of an edition, in name order: the order of its rule book. */
    static List<Path> ruleFiles(Path edition) {
        try (Stream<Path> files = Files.list(edition)) {
            return files.filter(p -> name(p).endsWith(".drl"))
                    .sorted((a, b) -> name(a).compareTo(name(b)))
                    .toList();
        } catch (IOException e) {
            throw RulesException.of(edition.toString(), "cannot list rule files: " + e.getMessage());
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

    /**
     * SHA-256 over the edition's rule files in name order, each as its file name, a NUL, its LF-normalised text and
     * a NUL. It changes with any edit to a rule and with nothing else, so a decision can be replayed.
     */
    static String sha256(List<Path> ruleFiles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : ruleFiles) {
                digest.update(name(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(read(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String name(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
