package org.inpaintstudio.client;

import java.util.Locale;
import org.inpaintstudio.api.ApiError;

/** The service answered with a 4xx status: the request was refused and nothing was created. */
public abstract class ServiceRefusedException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final ApiError error;

    protected ServiceRefusedException(ApiError error) {
        super(false, null);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    @Override
    public String message(Locale locale) {
        return format(locale, "error.refused", error.describe(locale));
    }

    /** The exception for a refusal, by its row in the status table. */
    static ServiceRefusedException of(ApiError error) {
        return switch (error.status()) {
            case UNAUTHORIZED -> new AuthenticationException(error);
            case NOT_FOUND -> new NotFoundException(error);
            case PAYLOAD_TOO_LARGE -> new TooLargeException(error);
            case TOO_MANY_REQUESTS -> new RateLimitedException(error);
            default -> new BadRequestException(error);
        };
    }
}
