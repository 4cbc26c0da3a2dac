package org.inpaintstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md: logic never touches JavaFX, the UI goes through Backend. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inpaintstudio");
    }

    @Test
    void packagesBelowUiNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage(
                "org.inpaintstudio.image..", "org.inpaintstudio.api..", "org.inpaintstudio.client..",
                "org.inpaintstudio.engine..", "org.inpaintstudio.backend..", "org.inpaintstudio.server..",
                "org.inpaintstudio.selection..", "org.inpaintstudio.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.inpaintstudio.ui..")
            .check(classes);
    }

    @Test
    void uiGoesThroughTheBackendNeverHttpOrEngine() {
        noClasses().that().resideInAPackage("org.inpaintstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "okhttp3..", "org.inpaintstudio.client..", "org.eclipse.jetty..", "org.inpaintstudio.server..",
                "org.inpaintstudio.model..", "ai.onnxruntime..")
            .check(classes);
    }

    @Test
    void modelIsPureInferenceAndOnlyOneClassTouchesOnnxRuntime() {
        // Like the engine: pixels in, pixels out; the backend puts it behind Backend for the UI and the CLI.
        noClasses().that().resideInAPackage("org.inpaintstudio.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "okhttp3..", "org.eclipse.jetty..", "org.inpaintstudio.api..", "org.inpaintstudio.client..",
                "org.inpaintstudio.backend..", "org.inpaintstudio.server..", "org.inpaintstudio.cli..")
            .check(classes);
        // ONNX Runtime loads its natives when first touched: one class, reached only when a model is opened
        noClasses().that().haveNameNotMatching("org\\.inpaintstudio\\.model\\.OnnxSession(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .check(classes);
    }

    @Test
    void uiUsesOnlyTheEngineContractTypes() {
        // The UI may name CancellationToken/ProgressListener, never run an algorithm itself.
        noClasses().that().resideInAPackage("org.inpaintstudio.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Inpainter")
            .check(classes);
    }

    @Test
    void engineStaysPure() {
        noClasses().that().resideInAPackage("org.inpaintstudio.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "okhttp3..", "org.eclipse.jetty..", "org.inpaintstudio.api..", "org.inpaintstudio.client..",
                "org.inpaintstudio.backend..", "org.inpaintstudio.server..", "org.inpaintstudio.cli..")
            .check(classes);
    }

    @Test
    void selectionIsPureAlgorithmOverImages() {
        // Like the engine: pixels in, a mask out; only the engine's cancellation and progress types are shared.
        noClasses().that().resideInAPackage("org.inpaintstudio.selection..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "javafx..", "java.awt.event..", "javax.swing..", "okhttp3..", "org.eclipse.jetty..",
                "org.inpaintstudio.ui..", "org.inpaintstudio.api..", "org.inpaintstudio.client..",
                "org.inpaintstudio.backend..", "org.inpaintstudio.server..", "org.inpaintstudio.cli..")
            .check(classes);
        Set<String> shared = Set.of("CancellationToken", "ProgressListener", "InpaintCancelledException");
        noClasses().that().resideInAPackage("org.inpaintstudio.selection..")
            .should().dependOnClassesThat(DescribedPredicate.describe("engine classes other than " + shared,
                (JavaClass c) -> c.getPackageName().equals("org.inpaintstudio.engine")
                    && !shared.contains(c.getSimpleName())))
            .check(classes);
    }
}
