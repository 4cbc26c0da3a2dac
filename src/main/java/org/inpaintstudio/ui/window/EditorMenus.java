package org.inpaintstudio.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.common.Theme;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.history.EditCommand;
import org.inpaintstudio.ui.settings.Language;
import org.inpaintstudio.ui.settings.Settings;

/** The menu bar. Shortcuts with a modifier are menu accelerators; single keys live in {@link EditorShortcuts}. */
final class EditorMenus {
    private final EditorActions actions;
    private final EditorViewModel model;

    private EditorMenus(EditorActions actions) {
        this.actions = actions;
        this.model = actions.model();
    }

    static MenuBar create(EditorActions actions) {
        EditorMenus menus = new EditorMenus(actions);
        MenuBar bar = new MenuBar(menus.file(), menus.edit(), menus.view(), menus.tools(), menus.help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        Settings settings = actions.settings();
        settings.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem exportMask =
                item("menu-export-mask", "menu.file.export.mask", e -> actions.exportMask(), shortcut(KeyCode.E));
        MenuItem exportRects = item(
                "menu-export-rectangles",
                "menu.file.export.rectangles",
                e -> actions.exportRectangles(),
                shortcutShift(KeyCode.E));
        MenuItem importMask = item("menu-import-mask", "menu.file.import.mask", e -> actions.importMask(), null);
        MenuItem importRects =
                item("menu-import-rectangles", "menu.file.import.rectangles", e -> actions.importRectangles(), null);
        MenuItem exportSample =
                item("menu-export-sample", "menu.file.export.sample", e -> actions.exportSamplingArea(), null);
        MenuItem importSample =
                item("menu-import-sample", "menu.file.import.sample", e -> actions.importSamplingArea(), null);
        for (MenuItem needsImage :
                new MenuItem[] {exportMask, exportRects, exportSample, importMask, importRects, importSample}) {
            needsImage.disableProperty().bind(model.hasDocument().not());
        }
        MenuItem saveResult =
                item("menu-save-result", "menu.file.save.result", e -> actions.saveResult(), shortcut(KeyCode.S));
        MenuItem saveResultAs = item(
                "menu-save-result-as",
                "menu.file.save.result.as",
                e -> actions.saveResultAs(),
                shortcutShift(KeyCode.S));
        saveResult
                .disableProperty()
                .bind(actions.inpaintController().hasResult().not());
        saveResultAs
                .disableProperty()
                .bind(actions.inpaintController().hasResult().not());
        return menu(
                "menu-file",
                "menu.file",
                item("menu-open", "menu.file.open", e -> actions.open(), shortcut(KeyCode.O)),
                recent,
                item("menu-paste", "menu.file.paste", e -> actions.paste(), shortcut(KeyCode.V)),
                item("menu-batch", "menu.file.batch", e -> actions.batch(), null),
                new SeparatorMenuItem(),
                saveResult,
                saveResultAs,
                new SeparatorMenuItem(),
                exportMask,
                exportRects,
                exportSample,
                new SeparatorMenuItem(),
                importMask,
                importRects,
                importSample,
                new SeparatorMenuItem(),
                item("menu-close", "menu.file.close", e -> actions.close(), shortcut(KeyCode.W)));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : actions.settings().recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.opener().open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu edit() {
        MenuItem undo = item("menu-undo", "menu.edit.undo", e -> actions.undo(), shortcut(KeyCode.Z));
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        undo.textProperty().bind(named(model.history().nextUndoProperty(), "menu.edit.undo", "menu.edit.undo.named"));
        MenuItem redo = item("menu-redo", "menu.edit.redo", e -> actions.redo(), shortcutShift(KeyCode.Z));
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        redo.textProperty().bind(named(model.history().nextRedoProperty(), "menu.edit.redo", "menu.edit.redo.named"));
        MenuItem clear = item("menu-clear", "menu.edit.clear", e -> actions.clearMask(), null);
        MenuItem invert = item("menu-invert", "menu.edit.invert", e -> actions.invertMask(), null);
        MenuItem grow = item("menu-grow", "menu.edit.grow", e -> actions.growMask(true), null);
        MenuItem shrink = item("menu-shrink", "menu.edit.shrink", e -> actions.growMask(false), null);
        MenuItem inpaint = item("menu-inpaint", "menu.edit.inpaint", e -> actions.inpaint(), shortcut(KeyCode.ENTER));
        inpaint.disableProperty().bind(model.canInpaint().not());
        MenuItem another = item(
                "menu-another-fill", "menu.edit.another", e -> actions.anotherFill(), shortcutShift(KeyCode.ENTER));
        another.disableProperty()
                .bind(actions.inpaintController()
                        .hasResult()
                        .not()
                        .or(actions.inpaintController().inpaint().running()));
        MenuItem cancel = item("menu-cancel-inpaint", "menu.edit.cancel", e -> actions.cancelInpaint(), null);
        cancel.disableProperty()
                .bind(actions.inpaintController().inpaint().running().not());
        MenuItem apply = item("menu-apply-result", "menu.edit.apply", e -> actions.applyResult(), null);
        apply.disableProperty().bind(actions.inpaintController().hasResult().not());
        MenuItem settings =
                item("menu-settings", "menu.edit.settings", e -> actions.showSettings(), shortcut(KeyCode.COMMA));
        for (MenuItem needsImage : new MenuItem[] {clear, invert, grow, shrink}) {
            needsImage.disableProperty().bind(model.hasDocument().not().or(model.busyProperty()));
        }
        return menu(
                "menu-edit",
                "menu.edit",
                undo,
                redo,
                new SeparatorMenuItem(),
                clear,
                invert,
                grow,
                shrink,
                new SeparatorMenuItem(),
                inpaint,
                another,
                cancel,
                apply,
                new SeparatorMenuItem(),
                settings);
    }

    /** "Undo Brush Stroke": the plain text when there is nothing to name. */
    private static StringBinding named(ObservableValue<EditCommand> command, String plainKey, String namedKey) {
        return Bindings.createStringBinding(
                () -> command.getValue() == null
                        ? Messages.get(plainKey)
                        : Messages.format(
                                namedKey, Messages.get(command.getValue().descriptionKey())),
                command);
    }

    private Menu view() {
        ToggleGroup themes = new ToggleGroup();
        Menu theme = menu("menu-theme", "menu.view.theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(t.nameKey()));
            item.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(actions.settings().themeProperty().get() == t);
            item.setOnAction(e -> actions.theme(t));
            theme.getItems().add(item);
        }
        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu-language", "menu.view.language");
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(l.nameKey()));
            item.setToggleGroup(languages);
            item.setSelected(actions.settings().languageProperty().get() == l);
            item.setOnAction(e -> actions.language(l));
            language.getItems().add(item);
        }
        return menu(
                "menu-view",
                "menu.view",
                item("menu-zoom-in", "menu.view.zoom.in", e -> actions.zoomIn(), null),
                item("menu-zoom-out", "menu.view.zoom.out", e -> actions.zoomOut(), null),
                item("menu-zoom-fit", "menu.view.zoom.fit", e -> actions.zoomFit(), key(KeyCode.DIGIT0)),
                item("menu-zoom-actual", "menu.view.zoom.actual", e -> actions.zoomActual(), key(KeyCode.DIGIT1)),
                new SeparatorMenuItem(),
                theme,
                language);
    }

    private Menu tools() {
        Menu menu = menu("menu-tools", "menu.tools");
        ToggleGroup group = new ToggleGroup();
        for (ToolKind kind : ToolKind.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(kind.nameKey()));
            item.setId("menu-" + kind.buttonId());
            item.setToggleGroup(group);
            item.setAccelerator(key(kind.shortcut()));
            item.setSelected(model.toolProperty().get() == kind);
            item.setOnAction(e -> actions.useTool(kind));
            model.toolProperty().addListener((obs, old, now) -> item.setSelected(now == kind));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu help() {
        return menu(
                "menu-help",
                "menu.help",
                item("menu-shortcuts", "menu.help.shortcuts", e -> actions.showShortcuts(), null),
                item("menu-about", "menu.help.about", e -> actions.showAbout(), null));
    }

    private static Menu menu(String id, String textKey, MenuItem... items) {
        Menu menu = new Menu(Messages.get(textKey), null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(
            String id, String textKey, EventHandler<ActionEvent> action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(id);
        item.setOnAction(action);
        item.setAccelerator(accelerator);
        return item;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
