package vn.congdoan.intranet.demo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Illustrations for the demo news, drawn with Java2D so that the demo ships no photos of real people: a hall with a
 * banner in the category's colours, its slogan in Vietnamese (DejaVu has the glyphs), and rows of seated people.
 */
final class NewsDemoImages {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final float QUALITY = 0.8f;

    private final Font bold;
    private final Font regular;

    NewsDemoImages() {
        bold = font("/fonts/DejaVuSans-Bold.ttf");
        regular = font("/fonts/DejaVuSans.ttf");
    }

    /** One JPEG: {@code base} is the category colour, {@code slogan} the banner's text. */
    byte[] draw(Color base, String slogan, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);

        // the hall: a warm wall, the stage floor
        g.setPaint(new GradientPaint(0, 0, mix(base, Color.WHITE, 0.55f), 0, HEIGHT, mix(base, Color.BLACK, 0.35f)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
        g.setColor(Color.WHITE);
        for (int i = 0; i < 14; i++) {
            int r = 30 + random.nextInt(90);
            g.fill(new Ellipse2D.Double(random.nextInt(WIDTH), random.nextInt(HEIGHT / 2), r, r));
        }
        g.setComposite(AlphaComposite.SrcOver);

        // the banner over the stage
        int bannerX = 80 + random.nextInt(40);
        int bannerW = WIDTH - 2 * bannerX;
        g.setPaint(new GradientPaint(0, 40, mix(base, Color.BLACK, 0.15f), 0, 220, mix(base, Color.BLACK, 0.4f)));
        g.fill(new RoundRectangle2D.Double(bannerX, 40, bannerW, 170, 18, 18));
        g.setColor(new Color(0xF6, 0xC3, 0x44));
        g.fillRect(bannerX, 196, bannerW, 8);
        star(g, bannerX + 60, 98, 34);
        g.setColor(new Color(255, 236, 179));
        g.setFont(regular.deriveFont(17f));
        centre(g, "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH SƠN", bannerX + 40, bannerW - 40, 78);
        g.setColor(Color.WHITE);
        fit(g, slogan, bannerX + 100, bannerW - 140, 150);

        // flowers in front of the stage
        for (int x = 60; x < WIDTH; x += 70 + random.nextInt(30)) {
            g.setColor(random.nextBoolean() ? new Color(0xE5, 0x39, 0x35) : new Color(0xFD, 0xD8, 0x35));
            for (int p = 0; p < 5; p++) {
                g.fill(new Ellipse2D.Double(x + random.nextInt(30) - 15, 268 + random.nextInt(16), 16, 16));
            }
        }

        // the audience, three rows, darker towards the camera
        for (int row = 0; row < 3; row++) {
            int y = 330 + row * 70;
            Color shade = mix(base, Color.BLACK, 0.45f + row * 0.15f);
            for (int x = -20 + random.nextInt(30); x < WIDTH + 40; x += 64 + random.nextInt(10)) {
                int head = 34 + row * 6;
                g.setColor(shade);
                g.fill(new RoundRectangle2D.Double(x - head * 0.8, y + head * 0.8, head * 1.6, 120, 40, 40));
                g.setColor(mix(shade, Color.BLACK, 0.2f));
                g.fill(new Ellipse2D.Double(x - head / 2.0, y, head, head * 1.1));
            }
        }
        g.dispose();
        return jpeg(image);
    }

    private void fit(Graphics2D g, String text, int x, int width, int baseline) {
        float size = 46f;
        g.setFont(bold.deriveFont(size));
        while (g.getFontMetrics().stringWidth(text) > width && size > 20f) {
            size -= 2f;
            g.setFont(bold.deriveFont(size));
        }
        centre(g, text, x, width, baseline);
    }

    private static void centre(Graphics2D g, String text, int x, int width, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, baseline);
    }

    private static void star(Graphics2D g, int cx, int cy, int r) {
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? r : r * 0.4;
            xs[i] = (int) Math.round(cx + radius * Math.cos(angle));
            ys[i] = (int) Math.round(cy - radius * Math.sin(angle));
        }
        g.setColor(new Color(0xFD, 0xD8, 0x35));
        g.fillPolygon(xs, ys, 10);
    }

    private static Color mix(Color a, Color b, float share) {
        return new Color(Math.round(a.getRed() * (1 - share) + b.getRed() * share),
                Math.round(a.getGreen() * (1 - share) + b.getGreen() * share),
                Math.round(a.getBlue() * (1 - share) + b.getBlue() * share));
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Font font(String resource) {
        try (InputStream in = NewsDemoImages.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
