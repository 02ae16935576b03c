package io.github.ladorules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build time only (the package step, before the class-data-sharing archive is written): rewrites the classes of one
 * package in the runnable jar that are older than Java 6 as Java 8 class files, with the stack-map frames such a file
 * carries, and changes nothing else. Java 17's archive takes no class older than Java 6, and picocli's jar is Java 5
 * bytecode, so a cold start used to load, parse and check picocli's 177 classes from the jar with the old verifier,
 * every time. Only picocli's are rewritten: the jar's other old classes (ANTLR, ASM, MVEL's ASM) are not on a single
 * evaluation's path, so rewriting them would gain nothing there.
 *
 * <p>The instructions are not touched: ASM reads each class and writes it back with a new version number and frames it
 * computes from the class hierarchy, which it looks up in the jar itself. A class it cannot rewrite is left as it was
 * (it still works; it is only left out of the archive). Running it again changes nothing.
 */
final class OldClassUpgrade {
    /** Java 6: the oldest class-file version the archive holds. */
    private static final int ARCHIVABLE = Opcodes.V1_6;

    private OldClassUpgrade() {
    }

    /** {@code OldClassUpgrade JAR PACKAGE}: rewrites the jar in place and says how many classes changed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: OldClassUpgrade JAR PACKAGE (such as picocli)");
        }
        Path jar = Path.of(args[0]);
        int upgraded = upgrade(jar, args[1]);
        System.out.println("OldClassUpgrade: " + upgraded + " classes of " + args[1] + " older than Java 6 rewritten as"
                + " Java 8 class files in " + jar.getFileName());
    }

    /**
     * Rewrites the old classes of a package and its subpackages in place, keeping every entry's order, name and
     * time; returns how many classes were rewritten.
     */
    static int upgrade(Path jar, String packageName) throws IOException {
        String prefix = packageName.replace('.', '/') + "/";
        Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        int upgraded = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader());
             OutputStream file = Files.newOutputStream(temp);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")
                        && version(bytes) < ARCHIVABLE) {
                    byte[] rewritten = rewrite(bytes, hierarchy);
                    if (rewritten != bytes) {
                        bytes = rewritten;
                        upgraded++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (upgraded == 0) {
            Files.delete(temp);
        } else {
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return upgraded;
    }

    /** The class file's major version (bytes 6 and 7 of its header). */
    static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /**
     * The class as a Java 8 class file, or the same array when it cannot be one: ASM cannot work out its frames, or
     * it uses subroutines.
     */
    private static byte[] rewrite(byte[] classFile, ClassLoader hierarchy) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        try {
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                }
            }, ClassReader.SKIP_FRAMES);
            return writer.toByteArray();
        } catch (TypeNotPresentException | IllegalArgumentException | UncheckedIOException e) {
            // A type the jar does not hold, or old subroutines (JSR/RET), which a Java 8 class file may not have.
            return classFile;
        }
    }
}
