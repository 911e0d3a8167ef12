package vn.congdoan.baocao.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Files set as LibreOffice prints them: every file turned into PDF by one run of LibreOffice (with a
 * profile of its own, so that a running LibreOffice or another build does not interfere), each page
 * read back as text with poppler's pdftotext. The PDFs stay under target/rendered, to be looked at.
 * Without LibreOffice or poppler the test fails and says what to install: it is never skipped.
 */
public final class RenderedPages {

    public static final Path DIRECTORY = Path.of("target/rendered");
    private static final String INSTALL = "apt-get install -y --no-install-recommends libreoffice-writer-nogui "
            + "libreoffice-calc-nogui fonts-liberation2 poppler-utils (.ci/run installs them when missing)";
    private static final long TIMEOUT_SECONDS = 180;

    private RenderedPages() {
    }

    /** One page: its lines as pdftotext lays them out, blank lines dropped and each line stripped. */
    public record Page(int index, List<String> lines) {

        /** The page number printed at the top, or null when the page shows none. */
        public String folio() {
            return !lines.isEmpty() && lines.get(0).matches("\\d+") ? lines.get(0) : null;
        }

        /** What the page shows besides its number, as one line with single spaces. */
        public String text() {
            List<String> body = folio() == null ? lines : lines.subList(1, lines.size());
            return String.join(" ", body).replaceAll("\\s+", " ").strip();
        }

        public boolean shows(String text) {
            return text().contains(text);
        }

        @Override
        public String toString() {
            return "page " + index + ": " + (folio() == null ? "(no number) " : "[" + folio() + "] ") + text();
        }
    }

    /** The pages of each file, by file name, the files rendered in one run of LibreOffice. */
    public static Map<String, List<Page>> of(Map<String, byte[]> files) {
        String office = program("soffice", "libreoffice");
        String pdftotext = program("pdftotext");
        Path profile = null;
        try {
            Files.createDirectories(DIRECTORY);
            profile = Files.createTempDirectory("rendered-pages-profile");
            List<String> command = new ArrayList<>(List.of(office, "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", DIRECTORY.toString()));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = DIRECTORY.resolve(file.getKey());
                Files.write(path, file.getValue());
                Files.deleteIfExists(pdf(path));
                command.add(path.toString());
            }
            run(command);
            Map<String, List<Page>> pages = new LinkedHashMap<>();
            for (String name : files.keySet()) {
                Path pdf = pdf(DIRECTORY.resolve(name));
                if (!Files.exists(pdf)) {
                    fail("LibreOffice wrote no PDF for " + name);
                }
                pages.put(name, pages(run(List.of(pdftotext, "-layout", "-enc", "UTF-8", pdf.toString(), "-"))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (profile != null) {
                delete(profile);
            }
        }
    }

    /** pdftotext ends every page with a form feed. */
    static List<Page> pages(String text) {
        String[] sheets = text.split("\f", -1);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sheets.length - 1; i++) {
            List<String> lines = Arrays.stream(sheets[i].split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            pages.add(new Page(i + 1, lines));
        }
        return pages;
    }

    private static Path pdf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    private static String run(List<String> command) throws IOException {
        Path output = Files.createTempFile("rendered-pages", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " ended with " + process.exitValue() + ": " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The first of the names found on the PATH; the test fails, naming the packages, when none is. */
    private static String program(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return fail("The printed documents are checked as LibreOffice sets them, and " + String.join(" or ", names)
                + " is not on the PATH. Install it: " + INSTALL);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
