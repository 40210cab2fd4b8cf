package dev.rapport.importing.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file above {@code spring.servlet.multipart.max-file-size} fails before any controller
 * runs, so no controller-scoped handler sees it: it would become a bare 413 or 500. The
 * import page is the only upload, so the user lands there with a message saying what the
 * limit is.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge() {
		return "redirect:/import?problem=" + ImportController.TOO_LARGE;
	}

}
