package vn.congdoan.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh H2 file database per test JVM, as the embedded default uses, in a temporary folder. */
public final class H2TestDatabase {

    private static final Path FOLDER = createFolder();

    private H2TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, "baocao");
    }

    /** A database of its own, for a test context that must not share the common one. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve(name).toAbsolutePath());
    }

    private static Path createFolder() {
        try {
            Path folder = Files.createTempDirectory("baocao-h2-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
