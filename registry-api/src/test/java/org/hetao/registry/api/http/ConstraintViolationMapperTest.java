package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hetao.registry.common.InvalidValueException.FieldError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {
    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    record Line(
            @NotNull Long institutionId, @Min(1) @Max(10000) Integer shareBp) {}

    record Body(
            @NotNull String status,
            @NotBlank @Size(max = 200) String name,
            @Size(min = 2, max = 4) String code,
            @Size(max = 2) List<String> keywords,
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @DecimalMin("0.00") BigDecimal amount,
            @Email String email,
            @AssertTrue Boolean acknowledged,
            @jakarta.validation.Valid List<Line> shares) {}

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Map<String, FieldError> errors(Body body) {
        Map<String, FieldError> byField = new TreeMap<>();
        validator.validate(body).stream().map(ConstraintViolationMapper::error).forEach(e -> byField.put(e.field(), e));
        return byField;
    }

    @Test
    void eachConstraintHasItsCodeAndItsLimitsAsParams() {
        Map<String, FieldError> e = errors(new Body(
                null,
                "x".repeat(201),
                "A",
                List.of("a", "b", "c"),
                "hkd",
                new BigDecimal("-1"),
                "not-an-address",
                false,
                List.of(new Line(null, 10001))));
        assertEquals("required", e.get("status").code());
        assertEquals("is required", e.get("status").message());
        assertEquals("length", e.get("name").code());
        assertEquals(Map.of("max", 200), e.get("name").params());
        assertEquals(Map.of("min", 2, "max", 4), e.get("code").params());
        assertEquals("count", e.get("keywords").code());
        assertEquals(Map.of("max", 2), e.get("keywords").params());
        assertEquals("pattern", e.get("currency").code());
        assertEquals("[A-Z]{3}", e.get("currency").params().get("regexp"));
        assertEquals("range", e.get("amount").code());
        assertEquals(0L, e.get("amount").params().get("min"));
        assertEquals("email", e.get("email").code());
        assertEquals("must-be-true", e.get("acknowledged").code());
        assertEquals("required", e.get("shares[0].institutionId").code());
        assertEquals("range", e.get("shares[0].shareBp").code());
        assertEquals(
                Map.of("min", 1L, "max", 10000L), e.get("shares[0].shareBp").params(), "both limits of the field");
        assertEquals("must be between 1 and 10000", e.get("shares[0].shareBp").message());
    }

    @Test
    void noMessageSpeaksTheValidatorsJargon() {
        Map<String, FieldError> e = errors(new Body(null, " ", null, null, null, null, null, null, null));
        e.values().forEach(f -> assertFalse(f.message().contains("null"), f.message()));
        assertEquals("required", e.get("name").code());
    }
}
