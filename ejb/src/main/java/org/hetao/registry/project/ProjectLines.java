package org.hetao.registry.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** Checks the list-valued fields of a project; each failure names the offending line, e.g. {@code participants[1].role}. */
final class ProjectLines {
    private ProjectLines() {}

    static Set<String> keywords(List<String> values, int max) {
        List<String> lines = values == null ? List.of() : values;
        if (lines.size() > max) {
            throw new InvalidValueException(
                    "keywords",
                    ErrorCode.COUNT,
                    "may hold at most " + max + " keywords (has " + lines.size() + ")",
                    Map.of("max", max));
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            result.add(Checks.requireText("keywords[" + i + "]", lines.get(i), 100));
        }
        return result;
    }

    static Set<Sector> sectors(List<Sector> values) {
        List<Sector> lines = values == null ? List.of() : values;
        Set<Sector> result = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            result.add(Checks.require("sectors[" + i + "]", lines.get(i)));
        }
        return result;
    }

    /** The participants: each institution once, exactly one LEAD. */
    static List<Participant> participants(List<ParticipantDetails> values, int max) {
        List<ParticipantDetails> lines = values == null ? List.of() : values;
        if (lines.size() > max) {
            throw new InvalidValueException(
                    "participants",
                    ErrorCode.COUNT,
                    "may hold at most " + max + " institutions (has " + lines.size() + ")",
                    Map.of("max", max));
        }
        List<Participant> result = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        Integer lead = null;
        for (int i = 0; i < lines.size(); i++) {
            String field = "participants[" + i + "]";
            Participant p = Participant.of(field, lines.get(i));
            Integer earlier = seen.putIfAbsent(p.getInstitutionId(), i);
            if (earlier != null) {
                throw new InvalidValueException(
                        field + ".institutionId",
                        ErrorCode.DUPLICATE,
                        "institution " + p.getInstitutionId() + " is already listed at participants[" + earlier + "]",
                        Map.of("value", p.getInstitutionId()));
            }
            if (p.isLead()) {
                if (lead != null) {
                    throw new InvalidValueException(
                            field + ".role",
                            ErrorCode.PARTICIPANTS_LEAD,
                            "a project has exactly one LEAD and participants[" + lead + "] is already LEAD");
                }
                lead = i;
            }
            result.add(p);
        }
        if (lead == null) {
            throw new InvalidValueException(
                    "participants",
                    ErrorCode.PARTICIPANTS_LEAD,
                    "must name exactly one institution with the role LEAD");
        }
        return result;
    }

    static List<Funding> funding(List<FundingDetails> values, int max) {
        List<FundingDetails> lines = values == null ? List.of() : values;
        if (lines.size() > max) {
            throw new InvalidValueException(
                    "funding",
                    ErrorCode.COUNT,
                    "may hold at most " + max + " lines (has " + lines.size() + ")",
                    Map.of("max", max));
        }
        List<Funding> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            result.add(Funding.of("funding[" + i + "]", lines.get(i)));
        }
        return result;
    }
}
