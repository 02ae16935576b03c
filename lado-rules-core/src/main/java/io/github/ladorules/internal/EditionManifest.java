package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import java.time.LocalDate;
import java.util.List;

/** The contents of an edition's {@code edition.yaml}. */
record EditionManifest(
        String id,
        String title,
        String version,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        List<EditionInfo.Document> documents,
        List<String> knownUncertainties) {
}
