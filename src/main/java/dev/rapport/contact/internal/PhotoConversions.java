package dev.rapport.contact.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Turns address-book photos into avatars on a few threads of their own, so an import's
 * thread reads, matches and writes the cards while the photos of the same cards are
 * decoded, scaled and encoded. Decoding and encoding are CPU work with no database in
 * them, which is why they can leave the import's transaction.
 * <p>
 * Bounded on purpose: one thread fewer than the machine has processors (at least one),
 * and a queue of {@link #QUEUED} photos. One fewer because the import's own thread is the
 * longest part of a commit and needs a processor to itself: on two cores, with photos of
 * 300 px, a commit took 2.8 s with one photo thread and 3.1 s with two, which left three
 * busy threads to share two processors (docs/benchmarks.md). A photo costs about 1 ms, so
 * one thread keeps pace with the cards. When the queue is full the import's thread
 * converts the photo itself, which slows the reading down to what the pool can take
 * instead of piling up work. The pool is not an {@code Executor} bean, so Spring's own
 * task executor stays as it is; it stops with the application context, finishing what was
 * queued.
 */
@Component
public class PhotoConversions implements DisposableBean {

	/** The pool's threads are named with this prefix (a thread dump shows them so). */
	public static final String THREAD_PREFIX = "rapport-photo-";

	/**
	 * Photos waiting for a thread; a chunk of an import holds its photos anyway, so this
	 * bounds the work in flight, not a copy of it.
	 */
	static final int QUEUED = 1_000;

	private static final Logger logger = LoggerFactory.getLogger(PhotoConversions.class);

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	PhotoConversions() {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		this.pool.setCorePoolSize(threads);
		this.pool.setMaxPoolSize(threads);
		this.pool.setQueueCapacity(QUEUED);
		this.pool.setThreadNamePrefix(THREAD_PREFIX);
		this.pool.setDaemon(true);
		// An import waiting for a queued photo would otherwise never see it converted.
		this.pool.setWaitForTasksToCompleteOnShutdown(true);
		this.pool.setAwaitTerminationSeconds(30);
		this.pool.initialize();
	}

	/**
	 * Starts turning the photo into an avatar; the answer completes with the avatar's
	 * bytes, or with {@code null} when the photo cannot be read (the person is imported
	 * without it).
	 */
	public CompletableFuture<byte[]> avatarOf(byte[] photo) {
		if (photo == null) {
			return CompletableFuture.completedFuture(null);
		}
		try {
			return CompletableFuture.supplyAsync(() -> convert(photo), this.pool);
		}
		catch (RejectedExecutionException ex) {
			// The queue is full (or the context is stopping): convert here.
			return CompletableFuture.completedFuture(convert(photo));
		}
	}

	private static byte[] convert(byte[] photo) {
		try {
			return PhotoScaler.toAvatar(photo).orElse(null);
		}
		catch (RuntimeException ex) {
			// PhotoScaler answers empty for what it expects to fail; anything else
			// from an image plugin still costs only the photo.
			logger.warn("A photo could not be converted and is dropped", ex);
			return null;
		}
	}

	@Override
	public void destroy() {
		this.pool.shutdown();
	}

}
