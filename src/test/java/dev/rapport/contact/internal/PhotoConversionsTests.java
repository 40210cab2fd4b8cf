package dev.rapport.contact.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import dev.rapport.support.BrokenImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photo pool converts on its own threads, answers {@code null} for a photo it cannot
 * read, and never leaves a caller waiting once it has stopped.
 */
class PhotoConversionsTests {

	final PhotoConversions conversions = new PhotoConversions();

	@AfterEach
	void stop() {
		this.conversions.destroy();
	}

	@Test
	void aLargePhotoIsScaledOnAThreadOfThePool() throws IOException {
		AtomicReference<String> thread = new AtomicReference<>();
		byte[] avatar = this.conversions.avatarOf(jpeg(1_000, 700))
			.whenComplete((done, failure) -> thread.compareAndSet(null, Thread.currentThread().getName()))
			.join();
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(avatar));
		assertThat(read.getWidth()).isEqualTo(PhotoScaler.SIDE);
		assertThat(read.getHeight()).isEqualTo(179);
		assertThat(thread.get()).satisfiesAnyOf(name -> assertThat(name).startsWith(PhotoConversions.THREAD_PREFIX),
				// Completed before whenComplete was attached: then this thread runs it.
				name -> assertThat(name).isEqualTo(Thread.currentThread().getName()));
	}

	@Test
	void anUnreadablePhotoAnswersNoAvatar() throws IOException {
		byte[] broken = BrokenImages.withBogusHuffmanTable(jpeg(600, 600));
		assertThat(this.conversions.avatarOf(broken).join()).isNull();
		assertThat(this.conversions.avatarOf("not an image".getBytes()).join()).isNull();
		assertThat(this.conversions.avatarOf(null).join()).isNull();
	}

	@Test
	void afterTheContextStoppedAPhotoIsConvertedByTheCallerNotLeftWaiting() throws IOException {
		this.conversions.destroy();
		byte[] avatar = this.conversions.avatarOf(jpeg(400, 400)).join();
		assertThat(ImageIO.read(new ByteArrayInputStream(avatar)).getWidth()).isEqualTo(PhotoScaler.SIDE);
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", bytes);
		return bytes.toByteArray();
	}

}
