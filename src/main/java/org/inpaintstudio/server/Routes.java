package org.inpaintstudio.server;

import org.inpaintstudio.api.ApiUrls;

/** The paths the server answers. */
final class Routes {
    static final String TASKS = ApiUrls.TASKS_PATH;
    static final String TASK_PREFIX = TASKS + "/";
    static final String RESULTS_PREFIX = "/api/results/";

    private Routes() {}
}
