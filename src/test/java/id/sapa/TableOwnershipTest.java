package id.sapa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns the tables its migration folder creates ({@code db/migration/<module>/}), and no
 * SQL of another module reads or writes them (DESIGN.md §2, "Events and tables"): it goes through the
 * owner's public API instead. Checked here are the string literals of {@code src/main/java/id/sapa/<module>/**}
 * (literals joined by {@code +} read as one) and the migrations of {@code db/migration/<module>/}
 * (comments left out, function bodies included: a trigger counts like any other statement). A table is
 * named where it follows {@code FROM} (and the further tables of a comma list), {@code JOIN},
 * {@code UPDATE}, {@code INTO}, {@code TABLE} ({@code ALTER}, {@code LOCK}, {@code TRUNCATE TABLE}) or
 * {@code ON} ({@code CREATE INDEX … ON}, {@code CREATE TRIGGER … ON}).
 *
 * <p>A foreign key ({@code REFERENCES other_table}) is allowed: it is a dependency of the schema, the
 * database keeping the reference valid, not a read or a write by the referring module. The {@code shared}
 * tables ({@code scheduled_tasks}, {@code event_publication}) are used through their libraries
 * (db-scheduler, Spring Modulith), never by name.
 */
class TableOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/id/sapa");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Migrations already applied cannot change (Flyway checks their checksums), so a statement that a
     * later migration of the same module undid stays in its file. Each entry names the file, the other
     * module's table it names, and the later migration that replaced that statement; an entry that no
     * longer matches anything fails the test too, so the list never outlives its reason.
     */
    private static final Map<String, Superseded> HISTORY = Map.of(
            "conversation/V202611240320__operator_workload.sql",
            new Superseded(Set.of("users"),
                    "conversation/V202612020421__workload_through_operator.sql: the trigger function calls "
                            + "operator_workload_changed(), which operator's migrations define; the one-off "
                            + "recount of this file ran once, when it was applied"),
            "autoreply/V202611240800__auto_reply_handled.sql",
            new Superseded(Set.of("event_publication"),
                    "a one-off clean-up of the publications of a listener removed in the same change; "
                            + "it ran once, when it was applied"));

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bCREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "\\b(FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE|ON)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?"
                    + "(?:public\\.)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    /** The next table of a {@code FROM a x, b y} list. */
    private static final Pattern NEXT_IN_LIST = Pattern.compile(
            "\\G(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?\\s*,\\s*(?:ONLY\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_COMMENT = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void noModuleNamesAnotherModulesTable() {
        Map<String, Owner> owners = owners();
        assertThat(owners).as("tables created by the migrations").containsKeys("users", "messages", "conversations");

        List<String> violations = new ArrayList<>();
        Set<String> historyUsed = new HashSet<>();
        for (Path file : files(JAVA, ".java")) {
            String module = JAVA.relativize(file).getName(0).toString();
            for (String sql : stringLiterals(read(file))) {
                check(module, JAVA.relativize(file).toString(), sql, owners, violations, historyUsed);
            }
        }
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            String sql = SQL_COMMENT.matcher(read(file)).replaceAll(" ");
            check(module, "db/migration/" + MIGRATIONS.relativize(file), sql, owners, violations, historyUsed);
        }

        assertThat(violations.stream().distinct().toList()).as("SQL naming another module's table; call the owner's public API instead")
                .isEmpty();
        assertThat(historyUsed).as("entries of HISTORY still needed").containsExactlyInAnyOrderElementsOf(HISTORY.keySet());
    }

    @Test
    void readsTableNamesFromJavaLiteralsAndSqlLikeTheBuildDoes() {
        String java = """
                class X {
                    // "SELECT * FROM users" in a comment is not SQL
                    String a = "SELECT id FROM conversations c, " + "users u WHERE";
                    String b = \"""
                            UPDATE messages SET status = 'sent'
                            \""";
                    char quote = '"';
                    String c = "no \\"FROM tenants\\" here? it is one literal";
                }
                """;
        List<String> literals = stringLiterals(java);
        assertThat(literals).hasSize(3);
        assertThat(tablesNamed(literals.get(0))).containsExactly("conversations", "users");
        assertThat(tablesNamed(literals.get(1))).containsExactly("messages");
        assertThat(tablesNamed(literals.get(2))).as("escaped quotes stay inside the literal").containsExactly("tenants");
        assertThat(tablesNamed("CREATE TRIGGER t AFTER UPDATE OF status ON conversations FOR EACH ROW"))
                .contains("conversations");
        assertThat(tablesNamed("tenant_id UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE"))
                .as("a foreign key is allowed").doesNotContain("tenants");
    }

    private static void check(String module, String file, String sql, Map<String, Owner> owners,
            List<String> violations, Set<String> historyUsed) {
        for (String table : tablesNamed(sql)) {
            Owner owner = owners.get(table);
            if (owner == null || owner.module().equals(module)) {
                continue;
            }
            String key = file.replaceFirst("^db/migration/", "");
            Superseded superseded = HISTORY.get(key);
            if (superseded != null && superseded.tables().contains(table)) {
                historyUsed.add(key);
                continue;
            }
            violations.add("%s (module %s) names table %s, owned by module %s (created in %s)"
                    .formatted(file, module, table, owner.module(), owner.migration()));
        }
    }

    static Set<String> tablesNamed(String sql) {
        Set<String> tables = new java.util.LinkedHashSet<>();
        Matcher keyword = TABLE_AFTER_KEYWORD.matcher(sql);
        while (keyword.find()) {
            tables.add(keyword.group(2).toLowerCase(Locale.ROOT));
            if (keyword.group(1).equalsIgnoreCase("FROM")) {
                Matcher next = NEXT_IN_LIST.matcher(sql);
                int at = keyword.end();
                while (next.find(at) && next.start() == at) {
                    tables.add(next.group(1).toLowerCase(Locale.ROOT));
                    at = next.end();
                }
            }
        }
        return tables;
    }

    private static Map<String, Owner> owners() {
        Map<String, Owner> owners = new TreeMap<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            Matcher created = CREATE_TABLE.matcher(SQL_COMMENT.matcher(read(file)).replaceAll(" "));
            while (created.find()) {
                Owner previous = owners.put(created.group(1).toLowerCase(Locale.ROOT),
                        new Owner(module, MIGRATIONS.relativize(file).toString()));
                assertThat(previous).as("table %s created twice", created.group(1)).isNull();
            }
        }
        return owners;
    }

    /**
     * The string literals of a Java source, text blocks included, each run of literals joined by
     * {@code +} read as one; comments and character literals skipped.
     */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                boolean textBlock = source.startsWith("\"\"\"", i);
                int start = textBlock ? i + 3 : i + 1;
                int end = textBlock ? source.indexOf("\"\"\"", start) : skipQuoted(source, i, '"') - 1;
                while (textBlock && end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                if (end < 0) {
                    end = n;
                }
                if (current == null) {
                    current = new StringBuilder();
                }
                current.append(source, start, end).append(' ');
                i = textBlock ? Math.min(n, end + 3) : end + 1;
                int after = i;
                while (after < n && (Character.isWhitespace(source.charAt(after)) || source.charAt(after) == '+')) {
                    after++;
                }
                if (after >= n || source.charAt(after) != '"') {
                    literals.add(current.toString());
                    current = null;
                }
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** The index after the closing quote of a literal opened at {@code from}. */
    private static int skipQuoted(String source, int from, char quote) {
        int i = from + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Owner(String module, String migration) {
    }

    private record Superseded(Set<String> tables, String why) {
    }
}
