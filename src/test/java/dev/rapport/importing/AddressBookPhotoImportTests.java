package dev.rapport.importing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.rapport.account.AccountService;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import dev.rapport.support.BrokenImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos of a commit are converted on the photo pool while the cards are read and
 * written, a chunk behind: each still lands on its own contact, across chunks, whichever
 * finishes first (small photos are kept as they are, large ones decoded and scaled), and
 * one that cannot be converted costs only the photo.
 */
@WebIntegrationTest
class AddressBookPhotoImportTests {

	/** More than two chunks of {@link AddressBookRun#CHUNK} cards. */
	static final int CARDS = 2_300;

	/** The longest side of a stored photo. */
	static final int AVATAR_SIDE = 256;

	@Autowired
	ImportService imports;

	@Autowired
	AddressBookContacts addressBooks;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Photos").id();
	}

	@Test
	void photosLandOnTheirOwnContactsAcrossChunksAndABrokenOneCostsOnlyThePhoto() throws IOException {
		// An existing contact without photo, completed by the file (an update with a
		// photo).
		commit(card(1_500, null));
		assertThat(hasPhoto(1_500)).isFalse();

		// Large and small photos alternate around the chunk boundaries: a large one takes
		// much longer to convert than the small one after it.
		Map<Integer, Color> colours = new LinkedHashMap<>();
		Map<Integer, byte[]> photos = new LinkedHashMap<>();
		int[] withPhoto = { 0, 1, 2, 998, 999, 1_000, 1_001, 1_500, 1_999, 2_000, 2_001, CARDS - 1 };
		for (int k = 0; k < withPhoto.length; k++) {
			Color colour = Color.getHSBColor(k / (float) withPhoto.length, 0.9f, 0.9f);
			int width = (k % 2 == 0) ? 900 + 10 * k : 120;
			int height = (k % 3 == 0) ? 600 : width;
			colours.put(withPhoto[k], colour);
			photos.put(withPhoto[k], (k % 4 == 3) ? png(width, height, colour) : jpeg(width, height, colour));
		}
		byte[] broken = BrokenImages.withBogusHuffmanTable(jpeg(700, 700, Color.RED));
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < CARDS; i++) {
			file.append(card(i, (i == 1_234) ? broken : photos.get(i)));
		}

		ImportSummary summary = commit(file.toString());

		assertThat(summary.created()).isEqualTo(CARDS - 1);
		assertThat(summary.updated()).isEqualTo(1);
		for (Map.Entry<Integer, Color> expected : colours.entrySet()) {
			BufferedImage avatar = avatarOf(expected.getKey());
			assertThat(Math.max(avatar.getWidth(), avatar.getHeight())).as("card %d", expected.getKey())
				.isLessThanOrEqualTo(AVATAR_SIDE);
			assertThat(new Color(avatar.getRGB(avatar.getWidth() / 2, avatar.getHeight() / 2)))
				.as("card %d", expected.getKey())
				.satisfies(colour -> assertClose(colour, expected.getValue()));
		}
		assertThat(contactId(1_234)).as("the person with the broken photo").isPositive();
		assertThat(hasPhoto(1_234)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from contact_photo where owner_id = ?", Integer.class,
				this.owner))
			.isEqualTo(colours.size());
	}

	private static void assertClose(Color actual, Color expected) {
		assertThat(Math.abs(actual.getRed() - expected.getRed())).isLessThan(24);
		assertThat(Math.abs(actual.getGreen() - expected.getGreen())).isLessThan(24);
		assertThat(Math.abs(actual.getBlue() - expected.getBlue())).isLessThan(24);
	}

	private ImportSummary commit(String vcf) {
		String token = this.imports.stage(this.owner, "photos.vcf",
				new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)));
		return this.imports.commit(this.owner, token);
	}

	private long contactId(int card) {
		return this.jdbc.queryForObject("select id from contact where owner_id = ? and source_uid = ?", Long.class,
				this.owner, "PHOTO-" + card);
	}

	private boolean hasPhoto(int card) {
		return this.addressBooks.photo(this.owner, contactId(card)).isPresent();
	}

	private BufferedImage avatarOf(int card) throws IOException {
		byte[] avatar = this.addressBooks.photo(this.owner, contactId(card)).orElseThrow();
		return ImageIO.read(new ByteArrayInputStream(avatar));
	}

	private static String card(int i, byte[] photo) {
		StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family").append(i)
			.append(";Person;;;\r\nFN:Person Family")
			.append(i)
			.append("\r\nEMAIL:person")
			.append(i)
			.append("@example.com\r\nUID:PHOTO-")
			.append(i)
			.append("\r\n");
		if (photo != null) {
			String base64 = Base64.getEncoder().encodeToString(photo);
			card.append("PHOTO;ENCODING=b;TYPE=JPEG:").append(base64, 0, Math.min(base64.length(), 48)).append("\r\n");
			for (int at = 48; at < base64.length(); at += 74) {
				card.append(' ').append(base64, at, Math.min(base64.length(), at + 74)).append("\r\n");
			}
		}
		return card.append("END:VCARD\r\n").toString();
	}

	private static BufferedImage image(int width, int height, Color colour) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private static byte[] jpeg(int width, int height, Color colour) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image(width, height, colour), "jpg", bytes);
		return bytes.toByteArray();
	}

	private static byte[] png(int width, int height, Color colour) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image(width, height, colour), "png", bytes);
		return bytes.toByteArray();
	}

}
