package dev.rapport.contact.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a photo from an address book into a small JPEG avatar. The image's size is read
 * from its header before any pixel is decoded, so a hostile file claiming a huge canvas
 * is refused, and large photos are decoded subsampled, so a 12-megapixel picture never
 * sits in memory whole. A JPEG that is already small enough (what phones keep for a
 * contact) is kept as it is, without its metadata ({@link SmallJpeg}): decoding and
 * encoding it again would cost most of an import's time for photos and lose quality.
 */
public final class PhotoScaler {

	/**
	 * The longest side of a stored photo, in pixels: plenty for an avatar, a few
	 * kilobytes.
	 */
	public static final int SIDE = 256;

	/**
	 * Larger canvases than this are refused unread (a decompression bomb or not a photo).
	 */
	static final long MAX_PIXELS = 50_000_000L;

	private static final float QUALITY = 0.85f;

	private PhotoScaler() {
	}

	/**
	 * The photo as a JPEG at most {@link #SIDE} pixels wide and high, or empty when it is
	 * unreadable.
	 */
	public static Optional<byte[]> toAvatar(byte[] image) {
		if (image == null || image.length == 0) {
			return Optional.empty();
		}
		// In memory: ImageIO's default stream caches to a temp file, a file per photo of
		// an import.
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
					return Optional.empty();
				}
				if (width <= SIDE && height <= SIDE && "jpeg".equalsIgnoreCase(reader.getFormatName())) {
					Optional<byte[]> kept = SmallJpeg.withoutMetadata(image);
					if (kept.isPresent()) {
						return kept;
					}
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (SIDE * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				if (decodesToColour(reader)) {
					param.setDestination(RgbScaling.image(ceilDiv(width, step), ceilDiv(height, step)));
				}
				BufferedImage decoded = reader.read(0, param);
				return Optional.of(jpeg(scaled(decoded)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// A broken or unsupported image is no reason to refuse the person: they come
			// without photo.
			return Optional.empty();
		}
	}

	/**
	 * Whether the reader decodes the image as colour, into the JDK's byte BGR layout by
	 * default: the colour JPEGs that are most photos. They are decoded into
	 * {@link RgbScaling#RGB} instead, the layout the reader fills, {@link RgbScaling}
	 * scales and the writer reads without copying pixel by pixel.
	 */
	private static boolean decodesToColour(ImageReader reader) throws IOException {
		if (!"jpeg".equalsIgnoreCase(reader.getFormatName())) {
			return false;
		}
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		return types.hasNext() && types.next().getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR;
	}

	private static int ceilDiv(int size, int step) {
		return (size + step - 1) / step;
	}

	private static BufferedImage scaled(BufferedImage source) {
		double factor = Math.min(1.0, (double) SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		if (RgbScaling.isRgb(source)) {
			return (factor == 1.0) ? source : RgbScaling.scaled(source, width, height);
		}
		// Any other image (a PNG with transparency, a grey JPEG) is drawn by Java2D onto
		// white byte BGR, which the writer takes faster than int pixels.
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
