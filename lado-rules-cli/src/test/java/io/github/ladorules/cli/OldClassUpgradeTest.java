package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The package step rewrites picocli's Java 5 classes as Java 8 class files so that the class-data-sharing archive can
 * hold them. These tests rewrite the picocli jar the build uses and hold the result to: the same entries, every class
 * new enough for the archive, every class accepted by the JVM's verifier, and the command behaving exactly as it does
 * with the original picocli.
 */
class OldClassUpgradeTest {
    private static final String OTHER = "org/example/Old.class";
    @TempDir
    static Path temp;
    private static Path original;
    private static Path upgraded;

    @BeforeAll
    static void upgradePicocli() throws IOException, URISyntaxException {
        original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        upgraded = temp.resolve("picocli.jar");
        withAnotherPackagesOldClass(original, upgraded);
        assertThat(OldClassUpgrade.upgrade(upgraded, "picocli")).isGreaterThan(100);
    }

    @Test
    void picocliAsShippedIsOlderThanTheArchiveTakes() throws IOException {
        assertThat(versions(original)).allMatch(v -> v == 49);
    }

    @Test
    void everyClassBecomesAJava8ClassFileAndEverythingElseIsUnchanged() throws IOException {
        assertThat(versions(upgraded)).isNotEmpty().allMatch(v -> v == 52);
        try (ZipFile before = new ZipFile(original.toFile()); ZipFile after = new ZipFile(upgraded.toFile())) {
            List<String> names = new ArrayList<>(Collections.list(before.entries()).stream().map(ZipEntry::getName)
                    .toList());
            names.add(OTHER);
            assertThat(Collections.list(after.entries()).stream().map(ZipEntry::getName))
                    .containsExactlyElementsOf(names);
            for (ZipEntry entry : Collections.list(before.entries())) {
                if (!entry.getName().endsWith(".class")) {
                    assertThat(bytes(after, after.getEntry(entry.getName())))
                            .as(entry.getName()).isEqualTo(bytes(before, entry));
                }
            }
        }
    }

    @Test
    void anotherPackagesOldClassIsLeftAsItWas() throws IOException {
        try (ZipFile after = new ZipFile(upgraded.toFile())) {
            byte[] other = bytes(after, after.getEntry(OTHER));
            assertThat(OldClassUpgrade.version(other)).isEqualTo(49);
            assertThat(other).isEqualTo(oldClass());
        }
    }

    @Test
    void runningItAgainChangesNothing() throws IOException {
        byte[] once = Files.readAllBytes(upgraded);
        assertThat(OldClassUpgrade.upgrade(upgraded, "picocli")).isZero();
        assertThat(Files.readAllBytes(upgraded)).isEqualTo(once);
    }

    @Test
    void theVerifierAcceptsEveryRewrittenClass() throws Exception {
        // Initialising a class links it, and linking a Java 8 class file runs the verifier on its frames: a wrong
        // frame is a VerifyError here rather than at a user's first run.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {upgraded.toUri().toURL()},
                ClassLoader.getPlatformClassLoader()); ZipFile jar = new ZipFile(upgraded.toFile())) {
            int loaded = 0;
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith("picocli/") && name.endsWith(".class") && !name.contains("-")) {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), true,
                            loader);
                    loaded++;
                }
            }
            assertThat(loaded).isGreaterThan(100);
        }
    }

    @Test
    void theCommandBehavesTheSameWithTheRewrittenPicocli() throws Exception {
        String[][] runs = {
                {"evaluate", CliRun.REPOSITORY.resolve("examples/teacher-pushed-pupil.yaml").toString()},
                {"evaluate", "--no-such-option", "case.yaml"},
                {"evaluate", "--help"},
                {"--version"},
                {"help", "outcome"},
                {"evaluat"},
        };
        try (URLClassLoader withRewritten = new URLClassLoader(classPathWith(upgraded),
                ClassLoader.getPlatformClassLoader())) {
            Method of = withRewritten.loadClass(CliRun.class.getName()).getDeclaredMethod("of", String[].class);
            of.setAccessible(true);
            assertThat(of.getDeclaringClass().getClassLoader().loadClass(CommandLine.class.getName())
                    .getProtectionDomain().getCodeSource().getLocation().toURI()).isEqualTo(upgraded.toUri());
            for (String[] args : runs) {
                CliRun expected = CliRun.of(args);
                assertThat(runIn(withRewritten, of, args)).as(String.join(" ", args)).isEqualTo(expected.toString());
            }
        }
        CliRun decided = CliRun.of(runs[0]);
        assertThat(decided.exitCode()).isZero();
        assertThat(decided.out()).contains("meets the harm threshold");
        assertThat(CliRun.of(runs[1]).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** A run of the command in another class loader; Drools finds its parts through the thread's loader. */
    private static String runIn(ClassLoader loader, Method of, String[] args) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return of.invoke(null, (Object) args).toString();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The tests' class path with picocli's jar swapped for {@code jar}. */
    private static URL[] classPathWith(Path jar) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            urls.add((path.equals(original) ? jar : path).toUri().toURL());
        }
        assertThat(urls).contains(jar.toUri().toURL());
        return urls.toArray(URL[]::new);
    }

    /** picocli's jar with one more entry: a Java 5 class of another package (a copy of one of picocli's). */
    private static void withAnotherPackagesOldClass(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes(in, entry));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(OTHER));
            out.write(oldClass());
            out.closeEntry();
        }
    }

    private static byte[] oldClass() throws IOException {
        try (ZipFile in = new ZipFile(original.toFile())) {
            return bytes(in, in.getEntry("picocli/CommandLine$Range.class"));
        }
    }

    /** The picocli classes' versions. */
    private static List<Integer> versions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("picocli/") && name.endsWith(".class") && !name.contains("-")) {
                    versions.add(OldClassUpgrade.version(bytes(zip, entry)));
                }
            }
        }
        return versions;
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
