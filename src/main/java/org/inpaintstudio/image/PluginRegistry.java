package org.inpaintstudio.image;

import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * Makes sure ImageIO has found the plug-ins on the class path. ImageIO scans the class path once, with the
 * context class loader of the first thread that touches it; when that loader could not see the TwelveMonkeys
 * jars (a plug-in host, an odd launcher) we scan again.
 */
final class PluginRegistry {
    private static volatile boolean checked;

    private PluginRegistry() {}

    static void ensureRegistered() {
        if (checked) {
            return;
        }
        synchronized (PluginRegistry.class) {
            if (!checked) {
                if (!hasTwelveMonkeysJpeg()) {
                    ImageIO.scanForPlugins();
                }
                checked = true;
            }
        }
    }

    private static boolean hasTwelveMonkeysJpeg() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            if (readers.next().getClass().getName().startsWith("com.twelvemonkeys.")) {
                return true;
            }
        }
        return false;
    }
}
