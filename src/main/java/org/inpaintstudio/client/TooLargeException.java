package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiError;

/** 413: the upload is over the service's size limit. */
public final class TooLargeException extends ServiceRefusedException {
    private static final long serialVersionUID = 1L;

    TooLargeException(ApiError error) {
        super(error);
    }
}
