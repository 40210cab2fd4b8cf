package dev.rapport.account.internal;

import java.util.List;

import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method declare an {@link Owner} parameter: the signed-in user,
 * resolved once.
 */
@Component
class OwnerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private static final String ATTRIBUTE = Owner.class.getName();

	private final CurrentUser currentUser;

	OwnerArgumentResolver(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Owner.class;
	}

	/**
	 * The same {@link Owner} for every handler and advice of one request, so "today"
	 * cannot move.
	 */
	@Override
	public Owner resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		Object known = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
		if (known instanceof Owner owner) {
			return owner;
		}
		Owner owner = this.currentUser.owner();
		request.setAttribute(ATTRIBUTE, owner, NativeWebRequest.SCOPE_REQUEST);
		return owner;
	}

}
