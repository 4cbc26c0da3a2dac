package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiError;

/** 404: the URL or the task id is unknown to the service. */
public final class NotFoundException extends ServiceRefusedException {
    private static final long serialVersionUID = 1L;

    NotFoundException(ApiError error) {
        super(error);
    }
}
