package org.inpaintstudio.engine.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskPlane;

/** One benchmark case: a photo and a mask ({@code masks/<photo>_<kind>.png}, white = hole) of a test-data folder. */
record BenchCase(String name, String kind, File photo, File mask) {

    /** Every mask of the folder whose photo exists, in name order. */
    static List<BenchCase> inFolder(File folder) {
        List<BenchCase> cases = new ArrayList<>();
        File[] masks = new File(folder, "masks").listFiles((dir, n) -> n.endsWith(".png"));
        if (masks == null) {
            return cases;
        }
        java.util.Arrays.sort(masks);
        for (File mask : masks) {
            String name = mask.getName().substring(0, mask.getName().length() - 4);
            int cut = name.lastIndexOf('_');
            if (cut <= 0) {
                continue;
            }
            File photo = new File(folder, name.substring(0, cut) + ".png");
            if (photo.isFile()) {
                cases.add(new BenchCase(name, name.substring(cut + 1), photo, mask));
            }
        }
        return cases;
    }

    BufferedImage readPhoto() {
        return toRgb(read(photo));
    }

    boolean[] readHole() {
        BufferedImage m = read(mask);
        boolean[] hole = new boolean[m.getWidth() * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                hole[y * m.getWidth() + x] = (m.getRGB(x, y) & 0xff) > 127;
            }
        }
        return hole;
    }

    static MaskPlane plane(boolean[] hole, int w, int h) {
        byte[] data = new byte[w * h];
        for (int i = 0; i < data.length; i++) {
            data[i] = hole[i] ? MaskPlane.REPAIR : MaskPlane.KEEP;
        }
        return MaskPlane.wrap(w, h, data);
    }

    /** The photo with the hole blacked out, as the engine is scored. */
    static BufferedImage blackedOut(BufferedImage photo, boolean[] hole) {
        BufferedImage copy = toRgb(photo);
        int w = photo.getWidth();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                copy.setRGB(i % w, i / w, 0);
            }
        }
        return copy;
    }

    static BufferedImage toRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    static BufferedImage read(File file) {
        try {
            BufferedImage image = ImageIO.read(file);
            if (image == null) {
                throw new IOException("not an image: " + file);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
