package dev.rapport.contact.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The bilinear scaling of red-green-blue byte images that turns colour photos into
 * avatars.
 */
class RgbScalingTests {

	@Test
	void aPlainColourStaysExactlyThatColour() {
		BufferedImage source = RgbScaling.image(300, 200);
		fill(source, (x, y, band) -> new int[] { 200, 120, 40 }[band]);
		BufferedImage scaled = RgbScaling.scaled(source, 256, 171);
		assertThat(scaled.getWidth()).isEqualTo(256);
		assertThat(scaled.getHeight()).isEqualTo(171);
		byte[] pixels = pixels(scaled);
		for (int i = 0; i < pixels.length; i += 3) {
			assertThat(new int[] { pixels[i] & 0xFF, pixels[i + 1] & 0xFF, pixels[i + 2] & 0xFF }).containsExactly(200,
					120, 40);
		}
	}

	@Test
	void eachPixelBlendsTheSourcePixelsAroundWhereItFalls() {
		// Red rises by one per column, blue by one per row, green stays: a scaled pixel's
		// red and blue tell where in the source it was taken.
		BufferedImage source = RgbScaling.image(300, 300);
		fill(source, (x, y, band) -> switch (band) {
			case 0 -> x * 255 / 299;
			case 1 -> 77;
			default -> y * 255 / 299;
		});
		BufferedImage scaled = RgbScaling.scaled(source, 150, 100);
		byte[] pixels = pixels(scaled);
		for (int y = 0; y < 100; y++) {
			for (int x = 0; x < 150; x++) {
				int at = (y * 150 + x) * 3;
				double sourceX = (x + 0.5) * 2 - 0.5;
				double sourceY = (y + 0.5) * 3 - 0.5;
				assertThat(pixels[at] & 0xFF).as("red at %d,%d", x, y)
					.isCloseTo((int) Math.round(sourceX * 255 / 299), offset(1));
				assertThat(pixels[at + 1] & 0xFF).isEqualTo(77);
				assertThat(pixels[at + 2] & 0xFF).as("blue at %d,%d", x, y)
					.isCloseTo((int) Math.round(sourceY * 255 / 299), offset(1));
			}
		}
	}

	@Test
	void theEdgesRepeatTheOutermostPixels() {
		BufferedImage source = RgbScaling.image(4, 1);
		byte[] in = pixels(source);
		int[] reds = { 10, 20, 30, 40 };
		for (int x = 0; x < 4; x++) {
			in[x * 3] = (byte) reds[x];
		}
		// Eight target pixels over four: the first and last fall outside the centres of
		// the source's outermost pixels and take them as they are.
		byte[] out = pixels(RgbScaling.scaled(source, 8, 1));
		assertThat(out[0] & 0xFF).isEqualTo(10);
		assertThat(out[3] & 0xFF).isEqualTo(13); // 10 + 10 × 0.25, rounded
		assertThat(out[6] & 0xFF).isEqualTo(18); // 10 + 10 × 0.75, rounded
		assertThat(out[21] & 0xFF).isEqualTo(40);
	}

	@Test
	void onlyWholeRedGreenBlueByteImagesAreScaledHere() {
		assertThat(RgbScaling.isRgb(RgbScaling.image(10, 10))).isTrue();
		assertThat(RgbScaling.isRgb(new BufferedImage(10, 10, BufferedImage.TYPE_3BYTE_BGR))).isFalse();
		assertThat(RgbScaling.isRgb(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB))).isFalse();
		assertThat(RgbScaling.isRgb(RgbScaling.image(10, 10).getSubimage(1, 1, 5, 5))).isFalse();
	}

	private interface Sample {

		int at(int x, int y, int band);

	}

	private static void fill(BufferedImage image, Sample sample) {
		byte[] pixels = pixels(image);
		int i = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				for (int band = 0; band < 3; band++) {
					pixels[i++] = (byte) sample.at(x, y, band);
				}
			}
		}
	}

	private static byte[] pixels(BufferedImage image) {
		return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
	}

}
