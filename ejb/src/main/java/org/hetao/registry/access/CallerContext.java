package org.hetao.registry.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Holds the caller of the current request once the bearer token has been checked. */
@RequestScoped
public class CallerContext {
    private Caller caller;

    public void set(Caller c) {
        this.caller = c;
    }

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    /** The caller, or "system" work (start-up, demo data) when there is none. */
    public String actorName() {
        return caller == null ? "system" : caller.username();
    }
}
