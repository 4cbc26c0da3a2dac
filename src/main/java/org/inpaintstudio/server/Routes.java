package org.inpaintstudio.server;

/** The paths the server answers. */
final class Routes {
    static final String TASKS = "/api/tasks/visual/inpaint";
    static final String TASK_PREFIX = TASKS + "/";
    static final String RESULTS_PREFIX = "/api/results/";

    private Routes() {}
}
