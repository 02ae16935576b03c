package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the shared rule base as DRL text, with the rules it declares and the period each applies to. An
 * edition compiles the file with the rules outside its period blanked out line for line, so every line number a
 * compiler or a policy lead sees is the line in the file itself.
 */
record RuleSource(String name, String display, String text, List<Block> blocks) {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@(\\w+)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    /** A rule's lines (1-based, inclusive) and what the period selection and the lint need from its head. */
    record Block(String ruleName, int firstLine, int lastLine, String id, String cite, LocalDate from,
                 LocalDate until, String conditions) {
        boolean appliesTo(EditionPeriod period) {
            return period.overlaps(from, until);
        }
    }

    static RuleSource drl(String name, String display, String text) {
        String[] lines = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<RulesException.Problem> problems = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.trim().startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (!rule.find()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.length && !lines[end].trim().equals("end")) {
                end++;
            }
            if (end == lines.length) {
                problems.add(new RulesException.Problem(display, i + 1, "rule \"" + rule.group(1) + "\" has no 'end'"));
                break;
            }
            blocks.add(block(rule.group(1), lines, i, end, display, problems));
            i = end;
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleSource(name, display, text, List.copyOf(blocks));
    }

    private static Block block(String ruleName, String[] lines, int first, int last, String display,
                               List<RulesException.Problem> problems) {
        String id = null;
        String cite = null;
        LocalDate from = null;
        LocalDate until = null;
        StringBuilder conditions = new StringBuilder();
        boolean inWhen = false;
        for (int i = first + 1; i < last; i++) {
            String line = lines[i];
            if (line.trim().equals("when")) {
                inWhen = true;
                continue;
            }
            if (line.trim().equals("then")) {
                inWhen = false;
                continue;
            }
            if (inWhen) {
                conditions.append(line).append('\n');
                continue;
            }
            Matcher meta = META.matcher(line);
            while (meta.find()) {
                switch (meta.group(1)) {
                    case "id" -> id = meta.group(2);
                    case "cite" -> cite = meta.group(2);
                    case "inForceFrom" -> from = date(meta.group(2), display, i + 1, problems);
                    case "inForceUntil" -> until = date(meta.group(2), display, i + 1, problems);
                    default -> { }
                }
            }
        }
        if (from != null && until != null && !from.isBefore(until)) {
            problems.add(new RulesException.Problem(display, first + 1,
                    "rule \"" + ruleName + "\": @inForceFrom must be before @inForceUntil"));
        }
        return new Block(ruleName, first + 1, last + 1, id, cite, from, until, conditions.toString());
    }

    private static LocalDate date(String text, String display, int line, List<RulesException.Problem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RulesException.Problem(display, line, "\"" + text + "\" is not a date like 2020-09-01"));
            return null;
        }
    }

    /** The file as one edition compiles it: the rules outside the edition's period become blank lines. */
    String textFor(EditionPeriod period) {
        String[] lines = text.split("\n", -1);
        for (Block block : blocks) {
            if (!block.appliesTo(period)) {
                for (int i = block.firstLine() - 1; i < block.lastLine(); i++) {
                    lines[i] = "";
                }
            }
        }
        return String.join("\n", lines);
    }

    List<Block> blocksFor(EditionPeriod period) {
        return blocks.stream().filter(b -> b.appliesTo(period)).toList();
    }

    /**
     * DRL with every string literal emptied and every comment left out, each line break kept, so that checks read
     * only the rules' code and a line number still points at the file.
     */
    static String codeOnly(String drl) {
        return codeOnly(drl, (literal, at) -> { });
    }

    /**
     * As {@link #codeOnly(String)}, telling {@code literals} each string literal's text (between its quotes, as
     * written) and where its emptied {@code ""} starts in the result.
     */
    static String codeOnly(String drl, ObjIntConsumer<String> literals) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            int end;
            if (c == '"') {
                end = i + 1;
                while (end < drl.length() && drl.charAt(end) != '"') {
                    end += drl.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, drl.length());
                literals.accept(drl.substring(i + 1, Math.max(i + 1, end - 1)), out.length());
                out.append("\"\"");
            } else if (drl.startsWith("//", i)) {
                end = drl.indexOf('\n', i);
                end = end < 0 ? drl.length() : end;
            } else if (drl.startsWith("/*", i)) {
                end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
                continue;
            }
            drl.substring(i, Math.min(end, drl.length())).chars().filter(ch -> ch == '\n')
                    .forEach(ch -> out.append('\n'));
            i = end;
        }
        return out.toString();
    }
}
