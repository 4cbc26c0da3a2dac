package org.inpaintstudio.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inpaintstudio.ui.common.Theme;

/** The user's settings in memory, as properties; {@link SettingsStore} keeps them on disk. Defaults live here. */
public final class Settings {
    public static final int MAX_RECENT = 10;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.SYSTEM);
    private final DoubleProperty overlayOpacity = new SimpleDoubleProperty(this, "overlayOpacity", 0.5);
    private final IntegerProperty brushSize = new SimpleIntegerProperty(this, "brushSize", 40);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public DoubleProperty overlayOpacityProperty() {
        return overlayOpacity;
    }

    public IntegerProperty brushSizeProperty() {
        return brushSize;
    }

    /** Most recent first, no duplicates, at most {@link #MAX_RECENT}. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void addRecent(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(recentFiles);
        next.remove(normalized);
        next.add(0, normalized);
        recentFiles.setAll(next.subList(0, Math.min(MAX_RECENT, next.size())));
    }

    /** Everything a change of which should be saved. */
    Observable[] observables() {
        return new Observable[] {theme, language, overlayOpacity, brushSize, recentFiles};
    }
}
