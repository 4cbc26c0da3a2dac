package org.inpaintstudio.ui.settings;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.api.ReturnType;

/**
 * How Inpaint runs and results are saved: the backend, the remote service's URL and options, the model file, the
 * JPEG quality.
 * The API key is not here: {@link ApiKeyStore} keeps it in a file only the user can read. Defaults live here.
 */
public final class InpaintSettings {
    public static final int DEFAULT_JPEG_QUALITY = 92;

    private final ObjectProperty<BackendKind> backend =
            new SimpleObjectProperty<>(this, "backend", BackendKind.OFFLINE);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final ObjectProperty<ReturnType> returnType =
            new SimpleObjectProperty<>(this, "returnType", ReturnType.URL);
    private final BooleanProperty sync = new SimpleBooleanProperty(this, "sync", false);
    private final DoubleProperty requestsPerSecond =
            new SimpleDoubleProperty(this, "requestsPerSecond", ApiLimits.DEFAULT_QPS);
    private final StringProperty modelFile = new SimpleStringProperty(this, "modelFile", "");
    private final IntegerProperty jpegQuality = new SimpleIntegerProperty(this, "jpegQuality", DEFAULT_JPEG_QUALITY);

    public ObjectProperty<BackendKind> backendProperty() {
        return backend;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public ObjectProperty<ReturnType> returnTypeProperty() {
        return returnType;
    }

    public BooleanProperty syncProperty() {
        return sync;
    }

    public DoubleProperty requestsPerSecondProperty() {
        return requestsPerSecond;
    }

    /** The model file's path for {@link BackendKind#MODEL}, empty when none was chosen. */
    public StringProperty modelFileProperty() {
        return modelFile;
    }

    /** JPEG quality of saved results, 1 to 100. */
    public IntegerProperty jpegQualityProperty() {
        return jpegQuality;
    }

    /** Everything a change of which should be saved. */
    Observable[] observables() {
        return new Observable[] {backend, baseUrl, returnType, sync, requestsPerSecond, modelFile, jpegQuality};
    }
}
