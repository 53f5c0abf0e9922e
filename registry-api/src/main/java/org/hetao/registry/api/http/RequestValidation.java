package org.hetao.registry.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Checks a request body against its Bean Validation constraints and the domain's rules for the
 * record it describes, together, so that a form with several mistakes hears of all of them in one
 * answer: a too-long name (a constraint of the request) and a wrong ORCID check digit (a rule of
 * the entity) are reported side by side. A field the constraints already fault, or a part of it, is not
 * faulted again by the domain. Nothing is written: the domain check builds the record without storing it, and the
 * service checks it again, with what only the database knows, when it writes.
 */
@ApplicationScoped
public class RequestValidation {
    @Inject
    Validator validator;

    /** Fails with every fault of the request, or returns when there is none. */
    public void check(Object request, Runnable domainRules) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> faulted = new HashSet<>();
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            String field = ConstraintViolationMapper.field(v);
            errors.add(ConstraintViolationMapper.error(v));
            faulted.add(field);
        }
        errors.sort(Comparator.comparing(FieldError::field));
        try {
            domainRules.run();
        } catch (InvalidValueException e) {
            e.errors().stream().filter(f -> !within(f.field(), faulted)).forEach(errors::add);
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            // a request the constraints fault may be too incomplete for the domain to judge: their faults are the
            // answer
        }
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
    }

    /** Whether a field is one the constraints already faulted, or lies inside one (title.en inside title). */
    static boolean within(String field, Set<String> faulted) {
        return faulted.stream()
                .anyMatch(f -> field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "["));
    }
}
