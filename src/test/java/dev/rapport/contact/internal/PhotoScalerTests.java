package dev.rapport.contact.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What becomes of a photo from an address book: small JPEGs are kept without their
 * metadata, everything else is decoded, scaled to fit {@link PhotoScaler#SIDE} with its
 * aspect ratio and encoded as a JPEG.
 */
class PhotoScalerTests {

	@Test
	void aSmallJpegKeepsItsPixelsAndLosesItsMetadata() throws IOException {
		byte[] plain = jpeg(image(240, 180, BufferedImage.TYPE_INT_RGB), false);
		byte[] exif = segment(0xE1, "Exif\0\0GPS 51.5007 N 0.1246 W");
		byte[] comment = segment(0xFE, "taken at home");
		byte[] withMetadata = concat(Arrays.copyOfRange(plain, 0, 2), exif, comment,
				Arrays.copyOfRange(plain, 2, plain.length));

		byte[] avatar = PhotoScaler.toAvatar(withMetadata).orElseThrow();

		assertThat(avatar).isEqualTo(plain);
		assertThat(new String(avatar, StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "taken at home");
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(avatar));
		assertThat(read.getWidth()).isEqualTo(240);
		assertThat(read.getHeight()).isEqualTo(180);
	}

	@Test
	void aSmallProgressiveJpegIsKeptAsItIs() throws IOException {
		byte[] progressive = jpeg(image(100, 200, BufferedImage.TYPE_INT_RGB), true);
		assertThat(PhotoScaler.toAvatar(progressive)).contains(progressive);
	}

	@Test
	void aLargeJpegIsScaledDownKeepingItsAspect() throws IOException {
		byte[] large = jpeg(image(1200, 800, BufferedImage.TYPE_INT_RGB), false);
		BufferedImage avatar = decoded(PhotoScaler.toAvatar(large).orElseThrow());
		assertThat(avatar.getWidth()).isEqualTo(PhotoScaler.SIDE);
		assertThat(avatar.getHeight()).isEqualTo(171);
	}

	@Test
	void aColourPhotoKeepsItsColoursWhereTheyWere() throws IOException {
		// Red on the left, blue on the right: channels swapped on the way would turn them
		// round, and a shifted row or column would blur the edge away from the middle.
		BufferedImage halves = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = halves.createGraphics();
		graphics.setColor(new Color(220, 30, 20));
		graphics.fillRect(0, 0, 300, 300);
		graphics.setColor(new Color(20, 40, 210));
		graphics.fillRect(300, 0, 300, 300);
		graphics.dispose();
		BufferedImage avatar = decoded(PhotoScaler.toAvatar(jpeg(halves, false)).orElseThrow());
		assertThat(avatar.getWidth()).isEqualTo(PhotoScaler.SIDE);
		assertThat(avatar.getHeight()).isEqualTo(128);
		assertColour(new Color(avatar.getRGB(40, 64)), new Color(220, 30, 20));
		assertColour(new Color(avatar.getRGB(120, 10)), new Color(220, 30, 20));
		assertColour(new Color(avatar.getRGB(136, 120)), new Color(20, 40, 210));
		assertColour(new Color(avatar.getRGB(250, 64)), new Color(20, 40, 210));
	}

	@Test
	void aGreyJpegTooLargeToKeepBecomesAGreyAvatar() throws IOException {
		BufferedImage grey = image(400, 200, BufferedImage.TYPE_BYTE_GRAY);
		BufferedImage avatar = decoded(PhotoScaler.toAvatar(jpeg(grey, false)).orElseThrow());
		assertThat(avatar.getWidth()).isEqualTo(PhotoScaler.SIDE);
		assertThat(avatar.getHeight()).isEqualTo(128);
		Color pixel = new Color(avatar.getRGB(100, 60));
		assertThat(Math.abs(pixel.getRed() - pixel.getBlue())).isLessThanOrEqualTo(2);
	}

	@Test
	void aVeryLargeJpegIsDecodedSubsampledAndStillFitsExactly() throws IOException {
		byte[] large = jpeg(image(3000, 4000, BufferedImage.TYPE_INT_RGB), false);
		BufferedImage avatar = decoded(PhotoScaler.toAvatar(large).orElseThrow());
		assertThat(avatar.getWidth()).isEqualTo(192);
		assertThat(avatar.getHeight()).isEqualTo(PhotoScaler.SIDE);
	}

	@Test
	void aPngBecomesAJpegOfTheSameSizeWhenSmallAndScaledWhenLarge() throws IOException {
		byte[] small = png(image(120, 60, BufferedImage.TYPE_INT_ARGB));
		byte[] smallAvatar = PhotoScaler.toAvatar(small).orElseThrow();
		assertThat(smallAvatar).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(decoded(smallAvatar).getWidth()).isEqualTo(120);
		assertThat(decoded(smallAvatar).getHeight()).isEqualTo(60);

		BufferedImage large = decoded(
				PhotoScaler.toAvatar(png(image(300, 600, BufferedImage.TYPE_INT_ARGB))).orElseThrow());
		assertThat(large.getWidth()).isEqualTo(128);
		assertThat(large.getHeight()).isEqualTo(PhotoScaler.SIDE);
	}

	@Test
	void aSmallJpegCutShortIsNotKeptAsItIs() throws IOException {
		byte[] whole = jpeg(image(200, 200, BufferedImage.TYPE_INT_RGB), false);
		byte[] cut = Arrays.copyOf(whole, whole.length - 100);
		assertThat(SmallJpeg.withoutMetadata(cut)).isEmpty();
		// Decoded as far as it goes and encoded again, or dropped: never stored broken.
		PhotoScaler.toAvatar(cut).ifPresent(avatar -> {
			assertThat(avatar).isNotEqualTo(cut);
			assertThat(avatar).endsWith((byte) 0xFF, (byte) 0xD9);
		});
	}

	@Test
	void onlyWellFormedJpegsOfOneOrThreeComponentsAreKeptAsTheyAre() throws IOException {
		byte[] grey = jpeg(image(64, 64, BufferedImage.TYPE_BYTE_GRAY), false);
		assertThat(SmallJpeg.withoutMetadata(grey)).contains(grey);

		byte[] noFrame = concat(new byte[] { (byte) 0xFF, (byte) 0xD8 },
				new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 4, 0, 0 }, new byte[] { (byte) 0xFF, (byte) 0xD9 });
		assertThat(SmallJpeg.withoutMetadata(noFrame)).isEmpty();

		byte[] colour = jpeg(image(64, 64, BufferedImage.TYPE_INT_RGB), false);
		byte[] fourComponents = colour.clone();
		int frame = indexOfMarker(fourComponents, 0xC0);
		fourComponents[frame + 9] = 4;
		assertThat(SmallJpeg.withoutMetadata(fourComponents)).isEmpty();

		byte[] lossless = colour.clone();
		lossless[frame + 1] = (byte) 0xC3;
		assertThat(SmallJpeg.withoutMetadata(lossless)).isEmpty();

		String half = "x".repeat(SmallJpeg.MAX_BYTES / 2);
		byte[] padded = concat(Arrays.copyOfRange(colour, 0, 2), segment(0xE0, half), segment(0xE0, half),
				Arrays.copyOfRange(colour, 2, colour.length));
		assertThat(SmallJpeg.withoutMetadata(padded)).isEmpty();
	}

	/** JPEG's compression shifts colours a little, never by this much. */
	private static void assertColour(Color actual, Color expected) {
		assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThanOrEqualTo(12);
		assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThanOrEqualTo(12);
		assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThanOrEqualTo(12);
	}

	private static BufferedImage image(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		for (int y = 0; y < height; y += 10) {
			graphics.setColor(new Color((y * 7) % 255, 90, 200 - (y % 200)));
			graphics.fillRect(0, y, width, 10);
		}
		graphics.dispose();
		return image;
	}

	private static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (progressive) {
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private static BufferedImage decoded(byte[] jpeg) throws IOException {
		assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	/** A marker segment with its length. */
	private static byte[] segment(int marker, String content) {
		byte[] data = content.getBytes(StandardCharsets.ISO_8859_1);
		int length = data.length + 2;
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, data);
	}

	private static int indexOfMarker(byte[] jpeg, int marker) {
		for (int i = 0; i + 1 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
				return i;
			}
		}
		throw new AssertionError("no marker " + Integer.toHexString(marker));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

}
