package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiError;

/** 429: over the service's request rate, even after waiting as it asked. */
public final class RateLimitedException extends ServiceRefusedException {
    private static final long serialVersionUID = 1L;

    RateLimitedException(ApiError error) {
        super(error);
    }
}
