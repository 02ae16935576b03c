package io.github.ladorules.internal;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.facts.Child;
import io.github.ladorules.facts.Circumstances;
import io.github.ladorules.facts.Concern;
import io.github.ladorules.facts.LocalParameters;
import io.github.ladorules.facts.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated case into the facts the rules match. The API model and the rule vocabulary stay apart. */
final class FactMapper {
    private FactMapper() {
    }

    record CaseFacts(List<Subject> subjects, List<Child> children, List<Concern> concerns,
                     Circumstances circumstances, LocalParameters parameters, Positions positions) {
        /**
         * The facts of several variants in one list each: every fact object stays its variant's own, and the places
         * are each variant's places in the whole case. The circumstances and local parameters are the first's (a
         * variant of an adult's part never changes them).
         */
        static CaseFacts sideBySide(List<CaseFacts> variants) {
            List<Subject> subjects = new ArrayList<>();
            List<Child> children = new ArrayList<>();
            List<Concern> concerns = new ArrayList<>();
            List<Integer> subjectPlaces = new ArrayList<>();
            List<Integer> concernPlaces = new ArrayList<>();
            for (CaseFacts v : variants) {
                for (int i = 0; i < v.subjects().size(); i++) {
                    subjectPlaces.add(v.positions().subject(i));
                }
                for (int i = 0; i < v.concerns().size(); i++) {
                    concernPlaces.add(v.positions().concern(i));
                }
                subjects.addAll(v.subjects());
                children.addAll(v.children());
                concerns.addAll(v.concerns());
            }
            CaseFacts first = variants.get(0);
            return new CaseFacts(List.copyOf(subjects), List.copyOf(children), concerns, first.circumstances(),
                    first.parameters(), new Positions(subjectPlaces, concernPlaces));
        }

        List<Object> all() {
            List<Object> all = new ArrayList<>(subjects);
            all.addAll(children);
            all.addAll(concerns);
            all.add(circumstances);
            all.add(parameters);
            return all;
        }
    }

    /**
     * Where the adults and concerns of a case sit in the case the user gave: the same places for a whole case, and
     * for one adult's part of it the places in the whole case, so a rules error met while trying a part names the
     * adult and the concern the user knows. {@code null} lists mean the same places.
     */
    record Positions(List<Integer> subjects, List<Integer> concerns) {
        static final Positions WHOLE = new Positions(null, null);

        int subject(int inPart) {
            return subjects == null ? inPart : subjects.get(inPart);
        }

        int concern(int inPart) {
            return concerns == null ? inPart : concerns.get(inPart);
        }
    }

    static CaseFacts map(LadoCase c, LocalProfile profile) {
        return map(c, profile, Positions.WHOLE);
    }

    static CaseFacts map(LadoCase c, LocalProfile profile, Positions positions) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (LadoCase.Subject s : c.subjects()) {
            subjects.put(s.ref(), new Subject(s.ref(), s.role(), s.setting(), s.engagement(), s.worksWithChildren(),
                    s.currentlyInRole(), s.regulatedActivity(), s.otherRolesWithChildren(), s.priorLowLevelConcerns(),
                    s.priorReferrals(), s.suppliedByAgency(), s.hasCurrentEmployer(), s.suspendedOn()));
        }
        Map<String, Child> children = new LinkedHashMap<>();
        for (LadoCase.Child ch : c.children()) {
            children.put(ch.ref(), new Child(ch.ref(), ch.ageAtIncident(), ch.disabledOrSend(), ch.lookedAfter(),
                    ch.placedByAnotherAuthority()));
        }
        List<Concern> concerns = new ArrayList<>();
        for (int i = 0; i < c.concerns().size(); i++) {
            LadoCase.Concern k = c.concerns().get(i);
            concerns.add(new Concern(positions.concern(i), subjects.get(k.subject()),
                    k.children().stream().map(children::get).toList(), k.indicator(), k.context(), k.incidentDate(),
                    k.injury(), k.childrenInHouseholdSawOrHeard(), k.sexualContent(), k.secrecyRequested()));
        }
        LadoCase.Circumstances ci = c.circumstances();
        return new CaseFacts(List.copyOf(subjects.values()), List.copyOf(children.values()), concerns,
                new Circumstances(ci.childInImmediateDanger(), ci.significantHarmSuspected(),
                        ci.evidenceShowsCouldNotHaveHappened()),
                new LocalParameters(profile), positions);
    }
}
