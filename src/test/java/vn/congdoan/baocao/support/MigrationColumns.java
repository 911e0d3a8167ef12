package vn.congdoan.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sizes of the varchar columns as the Flyway migrations create them, by "table.column". */
public final class MigrationColumns {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern TABLE = Pattern.compile("create table (\\w+)");
    private static final Pattern ALTER = Pattern.compile("alter table (\\w+) add column (\\w+) varchar\\((\\d+)\\)");
    private static final Pattern COLUMN = Pattern.compile("^\\s+(\\w+)\\s+varchar\\((\\d+)\\)");

    private MigrationColumns() {
    }

    public static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                String table = null;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher create = TABLE.matcher(line);
                    Matcher alter = ALTER.matcher(line);
                    Matcher column = COLUMN.matcher(line);
                    if (create.find()) {
                        table = create.group(1);
                    } else if (alter.find()) {
                        sizes.put(alter.group(1) + "." + alter.group(2), Integer.parseInt(alter.group(3)));
                    } else if (column.find() && table != null) {
                        sizes.put(table + "." + column.group(1), Integer.parseInt(column.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }
}
