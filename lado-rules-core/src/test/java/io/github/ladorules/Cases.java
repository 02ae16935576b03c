package io.github.ladorules;

import java.time.LocalDate;
import java.util.List;

/** Small builders for fictional test cases: a teacher in a school, a child, one concern. */
public final class Cases {
    private Cases() {
    }

    static LadoCase.Subject teacher(String ref) {
        return new LadoCase.Subject(ref, Role.TEACHER, Setting.SCHOOL, Engagement.EMPLOYED, true, true, true, false,
                0, 0, false, true);
    }

    static LadoCase.Subject adult(String ref, Role role, Setting setting, Boolean worksWithChildren,
                                  Boolean currentlyInRole) {
        return new LadoCase.Subject(ref, role, setting, Engagement.EMPLOYED, worksWithChildren, currentlyInRole,
                null, false, 0, 0);
    }

    static LadoCase.Child child(String ref, Integer age) {
        return new LadoCase.Child(ref, age, false, false);
    }

    static LadoCase.Concern concern(String subject, String indicator, String... children) {
        return new LadoCase.Concern(subject, List.of(children), indicator, ConcernContext.AT_WORK, null, false);
    }

    static LadoCase single(String referralDate, String indicator) {
        return of(referralDate, List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", indicator, "C1")), null);
    }

    static LadoCase of(String referralDate, List<LadoCase.Subject> subjects, List<LadoCase.Child> children,
                       List<LadoCase.Concern> concerns, LadoCase.Circumstances circumstances) {
        return new LadoCase(LadoCase.SCHEMA, "T-1", LocalDate.parse(referralDate), subjects, children, concerns,
                circumstances);
    }

    /** The smallest YAML case that meets the threshold: one teacher, one pupil, an assault with an injury. */
    public static String minimalYaml(String caseRef) {
        return """
                schema: lado-case/1
                caseRef: %s
                referralDate: 2023-05-05
                subjects:
                  - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true, currentlyInRole: true}
                children:
                  - {ref: C1, ageAtIncident: 9}
                concerns:
                  - {subject: A, children: [C1], indicator: PHY_ASSAULT, context: AT_WORK, injury: true}
                """.formatted(caseRef);
    }
}
