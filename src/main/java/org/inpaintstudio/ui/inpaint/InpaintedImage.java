package org.inpaintstudio.ui.inpaint;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.editor.EditorDocument;

/**
 * A finished result: the repaired pixels (only the masked ones differ from the document's), the same for the
 * screen, the document it was made from, the mask that was repaired and the engine's seed (null when the backend
 * chose, as a remote service does).
 */
public record InpaintedImage(BufferedImage image, Image fxImage, EditorDocument source, MaskPlane mask, Long seed) {}
