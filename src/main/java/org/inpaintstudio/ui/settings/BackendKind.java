package org.inpaintstudio.ui.settings;

/** Where Inpaint runs: the built-in engine (the default, nothing to set up), a remote service, or a model file. */
public enum BackendKind {
    OFFLINE("settings.backend.offline"),
    REMOTE("settings.backend.remote"),
    MODEL("settings.backend.model");

    private final String nameKey;

    BackendKind(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
