package org.inpaintstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
                "org.inpaintstudio.engine..", "org.inpaintstudio.backend..", "org.inpaintstudio.server..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.inpaintstudio.ui..")
            .check(classes);
    }

    @Test
    void uiGoesThroughTheBackendNeverHttpOrEngine() {
        noClasses().that().resideInAPackage("org.inpaintstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "okhttp3..", "org.inpaintstudio.client..", "org.eclipse.jetty..", "org.inpaintstudio.server..")
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
}
