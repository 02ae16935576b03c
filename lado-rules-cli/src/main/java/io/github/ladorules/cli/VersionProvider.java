package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the engine's version (from the build) and every shipped edition with its version and the
 * SHA-256 of its rules, which together say exactly which decisions this build gives.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("lado-rules " + LadoEngine.ENGINE_VERSION);
        for (EditionInfo e : LadoEngine.builder().build().editions()) {
            lines.add(String.format("  %-11s %-6s rules sha256 %s", e.id(), e.version(), e.rulesSha256()));
        }
        return lines.toArray(String[]::new);
    }
}
