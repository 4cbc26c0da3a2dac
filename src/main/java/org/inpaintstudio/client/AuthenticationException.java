package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiError;

/** 401: the API key is missing or wrong, or the service is not enabled for it. */
public final class AuthenticationException extends ServiceRefusedException {
    private static final long serialVersionUID = 1L;

    AuthenticationException(ApiError error) {
        super(error);
    }
}
