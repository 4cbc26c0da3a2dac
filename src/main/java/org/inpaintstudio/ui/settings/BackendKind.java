package org.inpaintstudio.ui.settings;

/** Where Inpaint runs: the built-in engine (the default, nothing to set up) or a remote service. */
public enum BackendKind {
    OFFLINE("settings.backend.offline"),
    REMOTE("settings.backend.remote");

    private final String nameKey;

    BackendKind(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
