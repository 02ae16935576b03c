package io.github.ladorules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ladorules.Criterion;
import io.github.ladorules.RulesException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The indicator matrix as a table a policy lead edits ({@code 02-matrix.yaml}): one row per behaviour, stated once
 * per period, with its tier in one place. Each row becomes a rule of its own, written on the row's own line of
 * the generated DRL, so a compile error points at the row in the YAML file.
 */
final class MatrixTable {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ROW_START = Pattern.compile("^\\s*-\\s+code:");
    private static final String HEADER = "package lado.rules;\nimport io.github.ladorules.facts.*;\n"
            + "import io.github.ladorules.Criterion;";

    /** One row of the table. */
    record Row(String code, String id, String name, LocalDate inForceFrom, LocalDate inForceUntil, Integer tier,
               List<Criterion> criteria, String text, String qualifier, String note, String cite) {
    }

    record Table(List<Row> rows) {
    }

    private MatrixTable() {
    }

    static boolean isMatrix(String fileName) {
        return fileName.endsWith("-matrix.yaml");
    }

    static RuleSource read(String name, String display, String yaml) {
        Table table;
        try {
            table = Json.YAML.readValue(yaml, Table.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(m.getPath().size() - 1).getFieldName() : null;
            throw new RulesException(List.of(new RulesException.Problem(display, line,
                    (field != null ? "'" + field + "': " : "")
                            + e.getOriginalMessage().lines().findFirst().orElse("cannot be read").trim())));
        }
        String[] yamlLines = yaml.split("\n", -1);
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i < yamlLines.length; i++) {
            if (ROW_START.matcher(yamlLines[i]).find()) {
                rowLines.add(i + 1);
            }
        }
        List<Row> rows = table == null || table.rows() == null ? List.of() : table.rows();
        List<RulesException.Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RulesException.Problem(display, 0, "the matrix has no rows"));
        } else if (rowLines.size() != rows.size() || rowLines.get(0) <= 3) {
            problems.add(new RulesException.Problem(display, 0,
                    "every row must start with '- code:' on its own line, after the comments at the top"));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        String[] drl = new String[yamlLines.length];
        java.util.Arrays.fill(drl, "");
        String[] header = HEADER.split("\n");
        System.arraycopy(header, 0, drl, 0, header.length);
        List<RuleSource.Block> blocks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int line = rowLines.get(r);
            List<String> wrong = check(row);
            if (!wrong.isEmpty()) {
                wrong.forEach(w -> problems.add(new RulesException.Problem(display, line, w)));
                continue;
            }
            String conditions = "$concern : Concern( indicator == \"" + row.code() + "\" )";
            drl[line - 1] = rule(row, conditions);
            blocks.add(new RuleSource.Block(row.name(), line, line, row.id(), row.cite(), row.inForceFrom(),
                    row.inForceUntil(), conditions));
            names.add(row.name());
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleSource(name, display, String.join("\n", drl), List.copyOf(blocks));
    }

    /** The text an officer reads: the row's text, its tier (stated once, in the row) and any note. */
    static String reasonText(Row row) {
        return row.text() + " (matrix tier " + row.tier()
                + (row.qualifier() == null ? "" : "; " + row.qualifier()) + ")."
                + (row.note() == null ? "" : " " + row.note());
    }

    private static String rule(Row row, String conditions) {
        StringBuilder rule = new StringBuilder("rule \"").append(row.name()).append("\" @id(\"").append(row.id())
                .append("\")");
        if (row.inForceFrom() != null) {
            rule.append(" @inForceFrom(\"").append(row.inForceFrom()).append("\")");
        }
        if (row.inForceUntil() != null) {
            rule.append(" @inForceUntil(\"").append(row.inForceUntil()).append("\")");
        }
        rule.append(" @text(\"").append(reasonText(row)).append("\") @cite(\"").append(row.cite()).append("\")")
                .append(" when ").append(conditions).append(" then insert( new Indication( kcontext, $concern, ")
                .append(row.tier());
        row.criteria().forEach(c -> rule.append(", Criterion.").append(c.name()));
        return rule.append(" ) ); end").toString();
    }

    private static List<String> check(Row row) {
        List<String> wrong = new ArrayList<>();
        if (row.code() == null || !CODE.matcher(row.code()).matches()) {
            wrong.add("'code' must be an indicator code in capitals, like PHY_ASSAULT");
        }
        if (row.id() == null || !EditionCompiler.RULE_ID.matcher(row.id()).matches()) {
            wrong.add("'id' must be upper-case words joined by hyphens, like MTX-PHY-ASSAULT");
        }
        if (row.tier() == null || row.tier() < 1 || row.tier() > 5) {
            wrong.add("'tier' must be a whole number from 1 to 5");
        }
        if (row.criteria() == null) {
            wrong.add("'criteria' must be a list of harm criteria ([] for none)");
        } else if (row.criteria().contains(null)) {
            wrong.add("'criteria' has an empty entry");
        }
        for (String[] field : new String[][] {{"name", row.name()}, {"text", row.text()}, {"cite", row.cite()}}) {
            if (field[1] == null || field[1].isBlank()) {
                wrong.add("'" + field[0] + "' is missing");
            }
        }
        for (String[] field : new String[][] {{"name", row.name()}, {"text", row.text()},
                {"qualifier", row.qualifier()}, {"note", row.note()}, {"cite", row.cite()}}) {
            if (field[1] != null && (field[1].contains("\"") || field[1].contains("\\") || field[1].contains("\n"))) {
                wrong.add("'" + field[0] + "' may not hold a double quote, a backslash or a line break");
            }
        }
        if (row.inForceFrom() != null && row.inForceUntil() != null && !row.inForceFrom().isBefore(row.inForceUntil())) {
            wrong.add("'inForceFrom' must be before 'inForceUntil'");
        }
        return wrong;
    }
}
