package dev.rapport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, that the app
 * sends its mail to. Tests read the messages back per recipient, so tests sharing it stay
 * apart.
 */
public final class MailServer {

	private static GreenMail server;

	private static int port;

	private MailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			port = freePort();
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
		}
		return server;
	}

	/** Points {@code spring.mail.*} at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", MailServer::port);
	}

	/** The server stops answering, as a mail server that is down. */
	public static synchronized void stop() {
		get().stop();
	}

	/** Up again, on the same port. */
	public static synchronized void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	public static synchronized int port() {
		get();
		return port;
	}

	public static List<ReceivedMail> to(String email) {
		return Arrays.stream(get().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(address -> address.toString().equalsIgnoreCase(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(ReceivedMail::of).toList();
	}

	/** A received message with its text and HTML parts decoded. */
	public record ReceivedMail(MimeMessage message, String subject, String text, String html) {

		static ReceivedMail of(MimeMessage message) {
			try {
				List<String> texts = new ArrayList<>();
				List<String> htmls = new ArrayList<>();
				collect(message, texts, htmls);
				return new ReceivedMail(message, message.getSubject(), String.join("", texts), String.join("", htmls));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		public String header(String name) {
			try {
				return message.getHeader(name, ",");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void collect(Part part, List<String> texts, List<String> htmls)
				throws MessagingException, IOException {
			if (part.isMimeType("text/plain")) {
				texts.add((String) part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				htmls.add((String) part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child, texts, htmls);
				}
			}
		}

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
