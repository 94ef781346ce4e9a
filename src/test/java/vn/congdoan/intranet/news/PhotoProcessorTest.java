package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.ImageWriter;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.shared.BusinessException;

/** Uploaded photos: accepted by content, bounded in bytes and pixels, scaled to 1200 px and stripped by re-encoding. */
class PhotoProcessorTest {

    @Test
    void aLargeJpegIsScaledTo1200WideKeepingItsShapeAndLosesItsMetadata() throws IOException {
        byte[] upload = jpegWithComment(3000, 2000, "GPS 21.0285 105.8542 – máy ảnh của Lan");
        PhotoProcessor.Result photo = PhotoProcessor.process("hoi-nghi.jpg", upload);
        assertEquals("image/jpeg", photo.contentType());
        assertEquals(1200, photo.width());
        assertEquals(800, photo.height());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.data()));
        assertEquals(1200, stored.getWidth());
        assertEquals(800, stored.getHeight());
        assertFalse(new String(photo.data(), StandardCharsets.ISO_8859_1).contains("GPS 21.0285"),
                "the comment survived re-encoding");
        Color topLeft = new Color(stored.getRGB(5, 5));
        assertTrue(topLeft.getRed() > 200 && topLeft.getBlue() < 60, "colours lost: " + topLeft);
    }

    @Test
    void aSmallPhotoKeepsItsSizeAndStillIsReEncoded() throws IOException {
        byte[] upload = encode(picture(640, 480, false), "jpeg");
        byte[] withTrailer = Arrays.copyOf(upload, upload.length + 20);
        System.arraycopy("<script>x</script>!!!".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, upload.length,
                20);
        PhotoProcessor.Result photo = PhotoProcessor.process("nho.jpg", withTrailer);
        assertEquals(640, photo.width());
        assertEquals(480, photo.height());
        assertFalse(new String(photo.data(), StandardCharsets.ISO_8859_1).contains("<script>"));
    }

    @Test
    void aPngWithTransparencyStaysPngAndKeepsItsAlpha() throws IOException {
        PhotoProcessor.Result photo = PhotoProcessor.process("logo.png", encode(picture(1600, 400, true), "png"));
        assertEquals("image/png", photo.contentType());
        assertEquals(1200, photo.width());
        assertEquals(300, photo.height());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.data()));
        assertTrue(stored.getColorModel().hasAlpha());
        assertEquals(0, new Color(stored.getRGB(1199, 299), true).getAlpha(), "the transparent corner");
    }

    @Test
    void anOpaquePngBecomesJpeg() throws IOException {
        PhotoProcessor.Result photo = PhotoProcessor.process("anh.png", encode(picture(800, 600, false), "png"));
        assertEquals("image/jpeg", photo.contentType());
        assertEquals(800, photo.width());
    }

    @Test
    void webpPhotosAreReadLossyAsJpegTransparentAsPng() throws IOException {
        PhotoProcessor.Result lossy = PhotoProcessor.process("anh.webp", resource("photo-80x50.webp"));
        assertEquals("image/jpeg", lossy.contentType());
        assertEquals(80, lossy.width());
        assertEquals(50, lossy.height());
        PhotoProcessor.Result alpha = PhotoProcessor.process("anh.webp", resource("photo-alpha-80x50.webp"));
        assertEquals("image/png", alpha.contentType());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(alpha.data())));
    }

    @Test
    void otherContentIsRefusedWhateverItsName() throws IOException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] text = "Đây là văn bản".getBytes(StandardCharsets.UTF_8);
        byte[] gif = encode(picture(20, 20, false), "gif");
        for (byte[] content : new byte[][] {html, svg, text, gif}) {
            BusinessException refusal = assertThrows(BusinessException.class,
                    () -> PhotoProcessor.process("anh.jpg", content));
            assertEquals("photo.typeRefused", refusal.getMessageKey());
            assertEquals("photo", refusal.getField());
            assertEquals("anh.jpg", refusal.getArguments()[0]);
        }
        assertEquals("photo.empty",
                assertThrows(BusinessException.class, () -> PhotoProcessor.process("a.jpg", new byte[0]))
                        .getMessageKey());
    }

    @Test
    void aTruncatedPhotoIsUnreadable() throws IOException {
        byte[] jpeg = encode(picture(400, 300, false), "jpeg");
        byte[] cut = Arrays.copyOf(jpeg, 40);
        assertEquals("photo.unreadable",
                assertThrows(BusinessException.class, () -> PhotoProcessor.process("a.jpg", cut)).getMessageKey());
    }

    @Test
    void overEightMegabytesIsRefusedBeforeDecoding() {
        byte[] big = new byte[PhotoProcessor.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        BusinessException refusal = assertThrows(BusinessException.class, () -> PhotoProcessor.process("to.jpg", big));
        assertEquals("photo.tooLarge", refusal.getMessageKey());
        assertEquals(8, refusal.getArguments()[1]);
    }

    @Test
    void aSmallFileClaimingAHugePictureIsRefusedFromItsHeader() throws IOException {
        // A decompression bomb: a few kilobytes of PNG that would decode to 9000 x 9000 pixels (324 MB).
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        byte[] bomb = png.clone();
        writeInt(bomb, 16, 9000); // IHDR width
        writeInt(bomb, 20, 9000); // IHDR height
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17);
        writeInt(bomb, 29, (int) crc.getValue());
        BusinessException refusal = assertThrows(BusinessException.class, () -> PhotoProcessor.process("b.png", bomb));
        assertEquals("photo.tooManyPixels", refusal.getMessageKey());
    }

    @Test
    void theFormatComesFromTheFirstBytes() throws IOException {
        assertEquals("jpeg", PhotoProcessor.format(encode(picture(10, 10, false), "jpeg")));
        assertEquals("png", PhotoProcessor.format(encode(picture(10, 10, true), "png")));
        assertEquals("webp", PhotoProcessor.format(resource("photo-80x50.webp")));
        assertEquals(null, PhotoProcessor.format("RIFF0000WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
    }

    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.RED, width, height, Color.BLUE));
        g.fillRect(0, 0, alpha ? width / 2 : width, alpha ? height / 2 : height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 3, height / 3, width / 4, height / 4);
        g.dispose();
        return image;
    }

    /** A generated photo as JPEG bytes, for tests of the upload. */
    public static byte[] jpeg(int width, int height) {
        try {
            return encode(picture(width, height, false), "jpeg");
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), "no writer for " + format);
        return bytes.toByteArray();
    }

    private static byte[] jpegWithComment(int width, int height, String comment) throws IOException {
        BufferedImage image = picture(width, height, false);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode com = new IIOMetadataNode("com");
        com.setAttribute("comment", comment);
        ((IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0)).appendChild(com);
        metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        byte[] data = bytes.toByteArray();
        assertTrue(new String(data, StandardCharsets.ISO_8859_1).contains("GPS 21.0285"), "test photo lacks its comment");
        return data;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoProcessorTest.class.getResourceAsStream("/news/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static void writeInt(byte[] data, int offset, int value) {
        data[offset] = (byte) (value >>> 24);
        data[offset + 1] = (byte) (value >>> 16);
        data[offset + 2] = (byte) (value >>> 8);
        data[offset + 3] = (byte) value;
    }

    @Test
    void generatedUploadsAreJpeg() {
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, Arrays.copyOf(jpeg(50, 40), 3));
    }
}
