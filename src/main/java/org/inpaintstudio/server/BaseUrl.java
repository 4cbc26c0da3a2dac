package org.inpaintstudio.server;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/** The address the client reached the server at (scheme, host and port), for result URLs it can follow. */
final class BaseUrl {
    private BaseUrl() {}

    static String of(Request request) {
        HttpURI uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
