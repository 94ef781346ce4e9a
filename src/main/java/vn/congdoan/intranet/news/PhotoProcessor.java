package vn.congdoan.intranet.news;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * Turns an uploaded photo into what the app stores: the type read from the first bytes (JPEG, PNG or WebP, never
 * the name), the size checked from the header before any pixel is decoded (a small file may claim a huge picture),
 * then decoded, scaled down to {@value #MAX_WIDTH} px wide and re-encoded, which also drops every piece of metadata
 * (location, camera, comments) and anything appended to the file. A picture with transparency stays PNG; everything
 * else becomes a JPEG of quality 0.85.
 */
public final class PhotoProcessor {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** Largest width and height accepted, in pixels. */
    public static final int MAX_SIDE = 8000;
    /** Width of the stored photo: the article column is narrower, this leaves room for sharp high-DPI screens. */
    public static final int MAX_WIDTH = 1200;
    static final float JPEG_QUALITY = 0.85f;

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    static {
        // The application server may have set up ImageIO before this WAR was loaded, from its own class loader:
        // register the WebP reader of our classpath explicitly rather than hope a scan finds it.
        IIORegistry.getDefaultInstance().registerServiceProvider(
                new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    private PhotoProcessor() {
    }

    /** A processed photo, ready to store. */
    public record Result(String contentType, int width, int height, byte[] data) {
    }

    /** The ImageIO format name of the content, or null when it is not one we accept. */
    static String format(byte[] data) {
        if (startsWith(data, 0, JPEG)) {
            return "jpeg";
        }
        if (startsWith(data, 0, PNG)) {
            return "png";
        }
        if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP)) {
            return "webp";
        }
        return null;
    }

    /** Checks, decodes, scales and re-encodes an upload; each refusal at the field {@code photo}, naming the file. */
    public static Result process(String fileName, byte[] data) {
        String name = fileName == null || fileName.isBlank() ? "ảnh" : fileName;
        if (data == null || data.length == 0) {
            throw BusinessException.onField("photo", "photo.empty", name);
        }
        if (data.length > MAX_BYTES) {
            throw BusinessException.onField("photo", "photo.tooLarge", name, MAX_MEGABYTES);
        }
        String format = format(data);
        if (format == null) {
            throw BusinessException.onField("photo", "photo.typeRefused", name);
        }
        BufferedImage image = decode(name, format, data);
        boolean alpha = image.getColorModel().hasAlpha() && !"jpeg".equals(format);
        BufferedImage scaled = scale(image, alpha);
        try {
            byte[] encoded = alpha ? png(scaled) : jpeg(scaled);
            return new Result(alpha ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight(), encoded);
        } catch (IOException impossible) {
            throw new IllegalStateException("encoding to memory failed", impossible);
        }
    }

    private static BufferedImage decode(String name, String format, byte[] data) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw BusinessException.onField("photo", "photo.tooManyPixels", name, MAX_SIDE);
            }
            if (width < 1 || height < 1) {
                throw BusinessException.onField("photo", "photo.unreadable", name);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw BusinessException.onField("photo", "photo.unreadable", name);
            }
            return image;
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof BusinessException refusal) {
                throw refusal;
            }
            // A truncated file, an unsupported variant (e.g. a CMYK JPEG) or a corrupt header.
            throw BusinessException.onField("photo", "photo.unreadable", name);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Draws the picture onto a plain RGB (or ARGB) canvas no wider than {@link #MAX_WIDTH}, halving the size step by
     * step first so that a large photo does not turn grainy the way a single bicubic step makes it.
     */
    static BufferedImage scale(BufferedImage source, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int targetWidth = Math.min(MAX_WIDTH, source.getWidth());
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * (double) targetWidth / source.getWidth()));
        BufferedImage current = redraw(source, source.getWidth(), source.getHeight(), type, alpha);
        while (current.getWidth() / 2 >= targetWidth) {
            current = redraw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), type, alpha);
        }
        if (current.getWidth() != targetWidth) {
            current = redraw(current, targetWidth, targetHeight, type, alpha);
        }
        return current;
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, int type, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE); // a transparent WebP or PNG flattened onto white, not black
                g.fillRect(0, 0, width, height);
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] magic) {
        return data != null && data.length >= offset + magic.length
                && Arrays.equals(data, offset, offset + magic.length, magic, 0, magic.length);
    }
}
