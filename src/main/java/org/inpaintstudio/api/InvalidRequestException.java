package org.inpaintstudio.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A request that breaks the API's rules; nothing was sent. Lists every broken rule, not only the first. */
public final class InvalidRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RequestViolation> violations;

    public InvalidRequestException(List<RequestViolation> violations) {
        super(null, null);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<RequestViolation> violations() {
        return violations;
    }

    /** Every violation's message, one per line. */
    public String message(Locale locale) {
        return violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }
}
