package org.inpaintstudio.ui.window;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keys that are not menu accelerators: {@code [ ]} brush size, {@code + -} zoom (with or without Shift, main
 * keyboard or keypad), and Ctrl/Cmd+Y as a second redo.
 */
final class EditorShortcuts {
    private EditorShortcuts() {}

    static void install(Scene scene, EditorActions actions) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions::redo);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case OPEN_BRACKET -> () -> actions.brushSize(-1);
                case CLOSE_BRACKET -> () -> actions.brushSize(1);
                case PLUS, EQUALS, ADD -> actions::zoomIn;
                case MINUS, SUBTRACT -> actions::zoomOut;
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }
}
