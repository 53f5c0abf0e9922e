package org.hetao.registry.api.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hetao.registry.agreement.BackgroundAccess;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.lifecycle.Signatory;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** The parts of an agreement request that name parties: signatories and Background IP. */
public final class PartiesRequest {
    private PartiesRequest() {}

    /** Who signs for a party (its code: the institution's short name) and in what capacity. */
    public record SignatoryRequest(
            @Size(max = 40) String party,
            @Size(max = 200) String name,
            @Size(max = 200) String title) {}

    /** One item of a party's Background IP, described in English and Chinese, and the access the others get to it. */
    public record BackgroundIpRequest(
            @Size(max = 40) String party, @Valid TextRequest description, BackgroundAccess access) {}

    static List<Signatory> signatories(List<SignatoryRequest> lines) {
        return lines == null
                ? null
                : lines.stream()
                        .map(s -> s == null ? null : new Signatory(s.party(), s.name(), s.title()))
                        .toList();
    }

    /** Background IP items; errors name the line, e.g. {@code backgroundIp[1].description.en}. */
    static List<BackgroundIp> backgroundIp(List<BackgroundIpRequest> lines) {
        if (lines == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> {
                    BackgroundIpRequest b = lines.get(i);
                    try {
                        if (b == null) {
                            throw new InvalidValueException("party", ErrorCode.REQUIRED, "is required");
                        }
                        return new BackgroundIp(b.party(), TextRequest.text(b.description()), b.access());
                    } catch (InvalidValueException e) {
                        throw new InvalidValueException(e.errors().stream()
                                .map(f -> new InvalidValueException.FieldError(
                                        "backgroundIp[" + i + "]." + f.field().replaceFirst("^backgroundIp\\.", ""),
                                        f.code(),
                                        f.message(),
                                        f.params()))
                                .toList());
                    }
                })
                .toList();
    }
}
