package org.wfed.core.internal.console;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Sends the bare site root {@code /} to {@code /console/}. A filter, not a servlet: the JAX-RS
 * whiteboard's default application holds {@code /*}, which outranks any servlet pattern that could
 * match the root alone ({@code ""} or {@code /}) in Felix's whiteboard; every other path passes on.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("wfed.root")
@HttpWhiteboardFilterPattern("/*")
public final class RootRedirect implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && "GET".equals(http.getMethod()) && "/".equals(http.getRequestURI())) {
            ConsoleServlet.secure(out);
            out.setHeader("Cache-Control", "no-cache");
            out.sendRedirect("/console/");
            return;
        }
        chain.doFilter(request, response);
    }
}
