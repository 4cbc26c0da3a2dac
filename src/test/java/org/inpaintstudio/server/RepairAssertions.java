package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.image.MaskRectangle;

/** Checks a result against its input: the rectangle painted the fill colour, every other pixel unchanged. */
final class RepairAssertions {
    static final int FILL = 0xFF0000;

    private RepairAssertions() {}

    static void assertRepaired(byte[] input, byte[] result, MaskRectangle area) {
        BufferedImage in = TestImages.decode(input);
        BufferedImage out = TestImages.decode(result);
        assertEquals(in.getWidth(), out.getWidth(), "width");
        assertEquals(in.getHeight(), out.getHeight(), "height");
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                boolean inside =
                        x >= area.x() && x < area.x() + area.width() && y >= area.y() && y < area.y() + area.height();
                int expected = inside ? FILL : in.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected, out.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }
}
