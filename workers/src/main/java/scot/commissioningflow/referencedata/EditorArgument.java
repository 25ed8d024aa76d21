package scot.commissioningflow.referencedata;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * Who is asking, for any endpoint that takes an {@link Editor}: today the {@code X-User} and {@code X-Role} headers
 * that the council's identity provider sets in front of the application. When the product signs people in itself,
 * this is the one class to change.
 */
@Configuration
class EditorArgument implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Editor.class;
    }

    @Override
    public Editor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String user = request.getHeader("X-User");
        if (user == null || user.isBlank()) {
            throw new InvalidInput("X-User", "X-User must name the person making the change, for the audit trail");
        }
        String role = request.getHeader("X-Role");
        return new Editor(user.strip(), role == null || role.isBlank() ? null : role.strip());
    }
}
