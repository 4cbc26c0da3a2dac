package org.inpaintstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md: logic never touches JavaFX, the UI goes through Backend. */
class LayeringTest {
    private static final String[] ABOVE_API = {
        "org.inpaintstudio.client..", "org.inpaintstudio.engine..", "org.inpaintstudio.backend..",
        "org.inpaintstudio.server..", "org.inpaintstudio.cli..", "org.inpaintstudio.ui..",
        "org.inpaintstudio.selection..", "org.inpaintstudio.model..", "org.inpaintstudio.batch.."
    };
    private static final String[] ABOVE_IMAGE = concat(ABOVE_API, "org.inpaintstudio.api..");
    /** What pure pixel code (engine, model, selection) never touches: HTTP, the API, backends, the command line. */
    private static final String[] SERVICE_SIDE = {
        "okhttp3..",
        "org.eclipse.jetty..",
        "org.inpaintstudio.api..",
        "org.inpaintstudio.client..",
        "org.inpaintstudio.backend..",
        "org.inpaintstudio.server..",
        "org.inpaintstudio.cli..",
        "org.inpaintstudio.batch.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inpaintstudio");
    }

    @Test
    void packagesBelowUiNeverUseJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.inpaintstudio.image..",
                        "org.inpaintstudio.api..",
                        "org.inpaintstudio.client..",
                        "org.inpaintstudio.engine..",
                        "org.inpaintstudio.backend..",
                        "org.inpaintstudio.server..",
                        "org.inpaintstudio.selection..",
                        "org.inpaintstudio.model..",
                        "org.inpaintstudio.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.inpaintstudio.ui..")
                .check(classes);
    }

    @Test
    void batchRunsOnABackendWhateverItIs() {
        // Offline or remote is the caller's choice of Backend; the batch itself never names an engine or HTTP.
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "okhttp3..",
                        "org.inpaintstudio.client..",
                        "org.inpaintstudio.engine..",
                        "org.inpaintstudio.model..",
                        "org.inpaintstudio.server..",
                        "org.inpaintstudio.cli..")
                .check(classes);
    }

    @Test
    void uiGoesThroughTheBackendNeverHttpOrEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "okhttp3..",
                        "org.inpaintstudio.client..",
                        "org.eclipse.jetty..",
                        "org.inpaintstudio.server..",
                        "org.inpaintstudio.model..",
                        "ai.onnxruntime..")
                .check(classes);
    }

    @Test
    void modelIsPureInferenceAndOnlyOneClassTouchesOnnxRuntime() {
        // Like the engine: pixels in, pixels out; the backend puts it behind Backend for the UI and the CLI.
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICE_SIDE)
                .check(classes);
        // ONNX Runtime loads its natives when first touched: one class, reached only when a model is opened
        noClasses()
                .that()
                .haveNameNotMatching("org\\.inpaintstudio\\.model\\.OnnxSession(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ai.onnxruntime..")
                .check(classes);
    }

    @Test
    void uiNeverImportsTheEngine() {
        // The UI names cancellation and progress through the work package and runs fills through Backend only.
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.inpaintstudio.engine..")
                .check(classes);
    }

    @Test
    void onlyTheClientSpeaksHttpThroughOkHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.inpaintstudio.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "okio..")
                .check(classes);
    }

    @Test
    void onlyTheServerAndTheServeCommandTouchJetty() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.inpaintstudio.server..", "org.inpaintstudio.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void theBottomLayersImportNothingOfOursAboveThem() {
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.work..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.inpaintstudio.work..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.image..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ABOVE_IMAGE)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ABOVE_API)
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.inpaintstudio.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void engineStaysPure() {
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICE_SIDE)
                .check(classes);
    }

    @Test
    void selectionIsPureAlgorithmOverImages() {
        // Like the engine: pixels in, a mask out; cancellation and progress come from the work package.
        noClasses()
                .that()
                .resideInAPackage("org.inpaintstudio.selection..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICE_SIDE)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.awt.event..",
                        "javax.swing..",
                        "org.inpaintstudio.ui..",
                        "org.inpaintstudio.engine..")
                .check(classes);
    }

    private static String[] concat(String[] first, String more) {
        String[] all = Arrays.copyOf(first, first.length + 1);
        all[first.length] = more;
        return all;
    }
}
