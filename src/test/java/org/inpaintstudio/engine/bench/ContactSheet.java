package org.inpaintstudio.engine.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** A grid of labelled tiles, one row per case: original, input with the hole, then each method's result. */
final class ContactSheet {
    private static final int LABEL = 16;

    private final int tileHeight;
    private final List<String> rowNames = new ArrayList<>();
    private final List<List<BufferedImage>> rows = new ArrayList<>();
    private List<String> columns = List.of();

    ContactSheet(int tileHeight) {
        this.tileHeight = tileHeight;
    }

    void columns(List<String> names) {
        columns = names;
    }

    void addRow(String name, List<BufferedImage> tiles) {
        rowNames.add(name);
        rows.add(tiles);
    }

    void write(File file) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int tileWidth = 0;
        for (List<BufferedImage> row : rows) {
            BufferedImage first = row.get(0);
            tileWidth = Math.max(tileWidth, first.getWidth() * tileHeight / first.getHeight());
        }
        int cols = columns.size();
        BufferedImage sheet = new BufferedImage(
                cols * (tileWidth + 4), rows.size() * (tileHeight + LABEL + 4) + LABEL, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.WHITE);
        for (int c = 0; c < cols; c++) {
            g.drawString(columns.get(c), c * (tileWidth + 4) + 4, 12);
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = LABEL + r * (tileHeight + LABEL + 4);
            g.setColor(Color.WHITE);
            g.drawString(rowNames.get(r), 4, y + 12);
            List<BufferedImage> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                BufferedImage tile = row.get(c);
                if (tile != null) {
                    int tw = tile.getWidth() * tileHeight / tile.getHeight();
                    g.drawImage(tile, c * (tileWidth + 4), y + LABEL, tw, tileHeight, null);
                }
            }
        }
        g.dispose();
        ImageIO.write(sheet, "png", file);
    }
}
