package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiError;

/** 400: a parameter is missing or wrong. */
public final class BadRequestException extends ServiceRefusedException {
    private static final long serialVersionUID = 1L;

    BadRequestException(ApiError error) {
        super(error);
    }
}
